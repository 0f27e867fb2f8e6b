import { formatNumber, ROLLUP_RULE_LABELS, type UpwardValue } from '@thidua/shared';
import { Card, Flex, Grid, Table, type TableColumnsType, Tag, Typography, theme } from 'antd';
import type { HTMLAttributes } from 'react';
import { fmtByUnit, useCityLabels } from '../lib/format.ts';
import { useCityT } from '../locales/index.ts';

/** The figure with its unit, "ước" for estimates and, for a ratio, the numerator and denominator it came from. */
function Figure({ v }: { v: UpwardValue }) {
  const t = useCityT();
  const text = fmtByUnit(v.unitOfMeasure, v.value);
  if (!text) return <Typography.Text type="secondary">{t('city.noData')}</Typography.Text>;
  return (
    <Flex vertical gap={0} align="inherit">
      <Flex gap={4} align="center" wrap>
        {v.isEstimate && <Tag style={{ marginInlineEnd: 0 }}>{t('city.indicators.estimate')}</Tag>}
        <Typography.Text strong data-testid="upward-value">
          {text}
        </Typography.Text>
      </Flex>
      {v.rule === 'ratio' && v.numerator !== null && v.denominator !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('city.upward.values.fraction', {
            numerator: formatNumber(v.numerator),
            denominator: formatNumber(v.denominator),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The linked values: the ward's indicator, the city indicator it feeds, the figure, the roll-up rule. */
export function UpwardValues({ values, sent }: { values: UpwardValue[]; sent: boolean }) {
  const t = useCityT();
  const { lang } = useCityLabels();
  const { token } = theme.useToken();
  const phone = Grid.useBreakpoint().md === false;
  const rule = (v: UpwardValue) => ROLLUP_RULE_LABELS[v.rule]?.[lang] ?? v.rule;
  const title = sent ? t('city.upward.values.titleSent') : t('city.upward.values.titleNow');

  const columns: TableColumnsType<UpwardValue> = [
    {
      key: 'ward',
      title: t('city.upward.values.ward'),
      render: (_, v) => (
        <span>
          <Typography.Text strong>{v.indicatorCode}</Typography.Text> · {v.indicatorName}
          {v.unitOfMeasure && <Typography.Text type="secondary"> ({v.unitOfMeasure})</Typography.Text>}
        </span>
      ),
    },
    {
      key: 'city',
      title: t('city.upward.values.city'),
      width: 120,
      render: (_, v) => <Tag style={{ marginInlineEnd: 0 }}>→ {v.parentIndicatorCode}</Tag>,
    },
    {
      key: 'value',
      title: t('city.upward.values.value'),
      align: 'right',
      width: 170,
      render: (_, v) => <Figure v={v} />,
    },
    { key: 'rule', title: t('city.upward.values.rule'), width: 210, render: (_, v) => rule(v) },
    {
      key: 'units',
      title: t('city.upward.values.units'),
      align: 'right',
      width: 110,
      render: (_, v) => formatNumber(v.unitsReported),
    },
  ];

  return (
    <Card size={phone ? 'small' : undefined} title={title} styles={{ title: { whiteSpace: 'normal' } }}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('city.upward.values.hint')}
      </Typography.Paragraph>
      {phone ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="upward-values">
          {values.map((v) => (
            <li
              key={v.indicatorId}
              data-code={v.indicatorCode}
              style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
            >
              <Typography.Text>
                <strong>{v.indicatorCode}</strong> · {v.indicatorName}
              </Typography.Text>
              <Flex justify="space-between" gap={8} align="flex-start" style={{ marginTop: 4 }}>
                <Flex vertical gap={2}>
                  <Tag style={{ marginInlineEnd: 0, alignSelf: 'flex-start' }}>→ {v.parentIndicatorCode}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {rule(v)}
                  </Typography.Text>
                </Flex>
                <Figure v={v} />
              </Flex>
            </li>
          ))}
          {values.length === 0 && (
            <Typography.Text type="secondary">{t('city.upward.values.empty')}</Typography.Text>
          )}
        </ul>
      ) : (
        <div data-testid="upward-values">
          <Table<UpwardValue>
            rowKey="indicatorId"
            size="small"
            columns={columns}
            dataSource={values}
            pagination={false}
            scroll={{ x: 860 }}
            locale={{ emptyText: t('city.upward.values.empty') }}
            onRow={(v) => ({ 'data-code': v.indicatorCode }) as HTMLAttributes<HTMLElement>}
          />
        </div>
      )}
    </Card>
  );
}
