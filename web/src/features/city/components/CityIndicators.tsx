import type { CityDashboard, CityIndicator } from '@thidua/shared';
import { Card, Flex, Grid, Table, type TableColumnsType, Tag, Tooltip, Typography, theme } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { PROGRESS_COLORS } from '../../reports/lib/labels.ts';
import { fmtShare, fmtTarget, fmtVal, fmtValUnit, useCityLabels } from '../lib/format.ts';
import { type CityT, useCityT } from '../locales/index.ts';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** The value with its unit and "ước", or why the city has none (e.g. an index is not added up). */
function Value({ i, t }: { i: CityIndicator; t: CityT }) {
  const text = fmtValUnit(i, i.value);
  if (!text)
    return (
      <Typography.Text type="secondary" data-testid="city-value">
        {i.noData ? t(`city.noDataReason.${i.noData}`) : t('city.noData')}
      </Typography.Text>
    );
  return (
    <Flex gap={4} align="center" wrap justify="inherit">
      {i.isEstimate && (
        <Tag title={t('city.indicators.estimateHint')} style={{ marginInlineEnd: 0 }}>
          {t('city.indicators.estimate')}
        </Tag>
      )}
      <Typography.Text strong data-testid="city-value">
        {text}
      </Typography.Text>
    </Flex>
  );
}

/**
 * How the figure was made: the rule (its sentence on hover), how many wards stand behind it, and the sentence
 * itself where it explains a missing number (an index is not added up, mixed or unlinked rules).
 */
function Rollup({ i, t }: { i: CityIndicator; t: CityT }) {
  const partial = i.wardsLinked > 0 && i.wardsReported < i.wardsLinked;
  const explains = i.rule === 'none' || i.rule === 'mixed' || i.rule === 'unlinked';
  return (
    <Flex vertical gap={2} style={{ marginTop: 4 }} data-testid="city-rollup">
      <Flex gap="2px 8px" align="center" wrap>
        <Tooltip title={i.ruleText}>
          <Tag
            color={explains ? (i.rule === 'unlinked' ? 'default' : 'gold') : 'blue'}
            style={{ marginInlineEnd: 0, cursor: 'help' }}
          >
            {t(`city.rule.${i.rule}`)}
          </Tag>
        </Tooltip>
        {i.wardsLinked > 0 && (
          <Typography.Text type={partial ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
            {t('city.indicators.wards', { reported: i.wardsReported, linked: i.wardsLinked })}
          </Typography.Text>
        )}
      </Flex>
      {explains && (
        <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: 1.35 }}>
          {i.ruleText}
        </Typography.Text>
      )}
    </Flex>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div>{children}</div>
    </Flex>
  );
}

/**
 * The city's indicators for the period: the rolled-up value with its unit, target, plan to date, completion,
 * status, and how the wards' figures were put together. A table on a desk, one block per indicator on a phone.
 */
export function CityIndicators({ data }: { data: CityDashboard }) {
  const t = useCityT();
  const labels = useCityLabels();
  const { token } = theme.useToken();
  const phone = Grid.useBreakpoint().md === false;
  const rows = data.indicators;
  const status = (i: CityIndicator) => (
    <Tag color={PROGRESS_COLORS[i.status]} style={{ marginInlineEnd: 0 }}>
      {labels.progress(i.status)}
    </Tag>
  );

  const columns: TableColumnsType<CityIndicator> = [
    { key: 'code', title: t('city.indicators.code'), width: 64, dataIndex: 'code' },
    {
      key: 'name',
      title: `${t('city.indicators.name')} · ${t('city.indicators.rollup').toLocaleLowerCase('vi')}`,
      render: (_, i) => (
        <>
          <span>
            {i.name}
            {i.unitOfMeasure && <Typography.Text type="secondary"> ({i.unitOfMeasure})</Typography.Text>}
          </span>
          <Rollup i={i} t={t} />
        </>
      ),
    },
    {
      key: 'value',
      title: t('city.indicators.value'),
      align: 'right',
      width: 150,
      render: (_, i) => <Value i={i} t={t} />,
    },
    {
      key: 'target',
      title: t('city.indicators.target'),
      align: 'right',
      width: 110,
      render: (_, i) => fmtTarget(i) || dash,
    },
    {
      key: 'planned',
      title: t('city.indicators.planned'),
      align: 'right',
      width: 110,
      render: (_, i) => fmtVal(i, i.planned) || dash,
    },
    {
      key: 'completion',
      title: t('city.indicators.completion'),
      align: 'right',
      width: 96,
      render: (_, i) => fmtShare(i.completion) || dash,
    },
    { key: 'status', title: t('city.indicators.status'), width: 132, render: (_, i) => status(i) },
  ];

  return (
    <Card id="city-indicators" size={phone ? 'small' : undefined} title={t('city.indicators.title')}>
      {phone ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((i) => (
            <li
              key={i.id}
              data-code={i.code}
              style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
            >
              <Flex justify="space-between" gap={8} align="flex-start">
                <Typography.Text style={{ minWidth: 0 }}>
                  <strong>{i.code}</strong> · {i.name}
                  {i.unitOfMeasure && (
                    <Typography.Text type="secondary"> ({i.unitOfMeasure})</Typography.Text>
                  )}
                </Typography.Text>
                <span style={{ flex: 'none' }}>{status(i)}</span>
              </Flex>
              <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, marginTop: 6 }}>
                <Figure label={t('city.indicators.value')}>
                  <Value i={i} t={t} />
                </Figure>
                <Figure label={t('city.indicators.target')}>{fmtTarget(i) || '—'}</Figure>
                <Figure label={t('city.indicators.planned')}>{fmtVal(i, i.planned) || '—'}</Figure>
                <Figure label={t('city.indicators.completion')}>{fmtShare(i.completion) || '—'}</Figure>
              </div>
              <div style={{ marginTop: 6 }}>
                <Rollup i={i} t={t} />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <Table<CityIndicator>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 940 }}
          locale={{ emptyText: t('city.indicators.empty') }}
          onRow={(i) => ({ 'data-code': i.code }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Card>
  );
}
