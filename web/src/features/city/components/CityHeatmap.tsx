import { type CityCell, type CityDashboard, type CityIndicator, PROGRESS_STATUSES } from '@thidua/shared';
import { Card, Empty, Flex, Grid, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { wardDashboardPath } from '../api.ts';
import { cellLook, RED_FLAG_LOOK, STATUS_LOOKS } from '../lib/colors.ts';
import { fmtScore, fmtShare, fmtTarget, fmtVal, fmtValUnit, useCityLabels } from '../lib/format.ts';
import { useCityT } from '../locales/index.ts';
import '../../../app/components/heat-grid.css';
import './city.css';

type Ward = CityDashboard['wards'][number];

/** What the fills and marks mean. */
function Legend() {
  const t = useCityT();
  const labels = useCityLabels();
  const items = [
    ...PROGRESS_STATUSES.map((s) => ({ key: s, look: STATUS_LOOKS[s], text: labels.progress(s) })),
    { key: 'red', look: RED_FLAG_LOOK, text: t('city.heatmap.redFlag') },
  ];
  return (
    <Flex gap="6px 16px" wrap align="center" role="list" aria-label={t('city.heatmap.legendTitle')}>
      <Typography.Text type="secondary">{t('city.heatmap.legendTitle')}</Typography.Text>
      {items.map((i) => (
        <Flex key={i.key} gap={6} align="center" role="listitem">
          <span className="heat-grid-swatch" style={{ background: i.look.bg, color: i.look.fg }} aria-hidden>
            {i.look.mark}
          </span>
          <Typography.Text style={{ fontSize: 13 }}>{i.text}</Typography.Text>
        </Flex>
      ))}
      <Flex gap={6} align="center" role="listitem">
        <span className="heat-grid-swatch heat-grid-na" aria-hidden />
        <Typography.Text style={{ fontSize: 13 }}>{t('city.heatmap.notLinked')}</Typography.Text>
      </Flex>
    </Flex>
  );
}

/**
 * Wards (rows) × the city's linked indicators (columns). Each cell shows the ward's figure with a status mark and
 * is coloured by its status; its tooltip gives value, target, plan, completion and score, and it opens the ward's
 * own dashboard for the period (from there: unit → report → evidence). The ward column stays put on a phone.
 */
export function CityHeatmap({ data }: { data: CityDashboard }) {
  const t = useCityT();
  const labels = useCityLabels();
  const phone = Grid.useBreakpoint().md === false;
  const indicators = data.indicators.filter((i) => i.rule !== 'unlinked');
  const cells = useMemo(
    () => new Map(data.cells.map((c) => [`${c.wardUnitId}:${c.indicatorId}`, c])),
    [data.cells],
  );
  const periodId = data.period.id;

  const tip = (c: CityCell, i: CityIndicator, w: Ward) => {
    const lines = [`${i.code} · ${i.name}`, w.name];
    const v = fmtValUnit(i, c.value);
    lines.push(
      v
        ? t('city.heatmap.value', {
            value: `${v}${c.isEstimate ? ` (${t('city.indicators.estimate')})` : ''}`,
          })
        : c.noData
          ? t(`city.noDataReason.${c.noData}`)
          : t('city.noData'),
    );
    const target = fmtTarget({ ...i, target: c.target ?? i.target });
    if (target) lines.push(t('city.heatmap.target', { value: target }));
    if (c.planned !== null) lines.push(t('city.heatmap.planned', { value: fmtVal(i, c.planned) }));
    if (c.completion !== null) lines.push(t('city.heatmap.completion', { value: fmtShare(c.completion) }));
    if (c.score !== null) lines.push(t('city.heatmap.score', { value: fmtScore(c.score) }));
    lines.push(c.redFlag ? t('city.heatmap.redFlag') : labels.progress(c.status));
    lines.push(t('city.heatmap.wardIndicator', { code: c.wardIndicatorCode }));
    return lines;
  };

  const body =
    data.wards.length === 0 || indicators.length === 0 ? (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('city.heatmap.empty')} />
    ) : (
      <section className="heat-grid-scroll" aria-label={t('city.heatmap.title')} data-testid="city-heatmap">
        <table className="heat-grid city-heat">
          <thead>
            <tr>
              <th className="heat-grid-corner" scope="col">
                {t('city.heatmap.ward')}
              </th>
              {indicators.map((i) => (
                <th key={i.id} scope="col" data-indicator-id={i.id}>
                  <Tooltip title={`${i.code} · ${i.name}${i.unitOfMeasure ? ` (${i.unitOfMeasure})` : ''}`}>
                    <span className="heat-grid-code">{i.code}</span>
                  </Tooltip>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.wards.map((w) => (
              <tr key={w.unitId} data-ward-id={w.unitId}>
                <th scope="row" title={w.name}>
                  {w.campaignId ? (
                    <Link to={wardDashboardPath(w.campaignId, periodId)} className="heat-grid-name">
                      {w.name}
                    </Link>
                  ) : (
                    <span className="heat-grid-name">{w.name}</span>
                  )}
                </th>
                {indicators.map((i) => {
                  const c = cells.get(`${w.unitId}:${i.id}`);
                  if (!c || c.noData === 'not_linked')
                    return (
                      <td key={i.id}>
                        <span
                          className="heat-grid-na"
                          title={`${i.code} · ${w.name}: ${t('city.noDataReason.not_linked')}`}
                        />
                      </td>
                    );
                  const look = cellLook(c.status, c.redFlag);
                  const lines = tip(c, i, w);
                  const inner = (
                    <>
                      <span className="city-heat-mark" aria-hidden>
                        {look.mark}
                      </span>
                      <span data-testid="cell-value">{fmtVal(i, c.value) || '—'}</span>
                    </>
                  );
                  const common = {
                    className: 'heat-grid-cell city-heat-cell',
                    style: { background: look.bg, color: look.fg },
                    'aria-label': lines.join('. '),
                    'data-ward-id': w.unitId,
                    'data-indicator-id': i.id,
                    'data-value': c.value ?? '',
                  };
                  return (
                    <td key={i.id}>
                      <Tooltip title={lines.map((l) => <div key={l}>{l}</div>)} mouseEnterDelay={0.15}>
                        {w.campaignId ? (
                          <Link to={wardDashboardPath(w.campaignId, periodId)} {...common}>
                            {inner}
                          </Link>
                        ) : (
                          // biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the tooltip
                          <span tabIndex={0} {...common}>
                            {inner}
                          </span>
                        )}
                      </Tooltip>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );

  return (
    <Card
      id="city-heatmap"
      size={phone ? 'small' : undefined}
      title={t('city.heatmap.title')}
      styles={{ body: { padding: phone ? 10 : 16 }, title: { whiteSpace: 'normal' } }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('city.heatmap.hint')}
      </Typography.Paragraph>
      <div style={{ marginBottom: 12 }}>
        <Legend />
      </div>
      {body}
    </Card>
  );
}
