import type { Dashboard } from '@thidua/shared';
import { Card, Empty, Flex, Grid, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DashIndicator, fmtWithUnit } from '../lib/format.ts';
import { TrendMark } from './TrendMark.tsx';
import { ValueLink } from './ValueCell.tsx';

const ORDER = { worse: 0, better: 1, same: 2 } as const;

/**
 * What moved since the previous period, indicator by indicator: worse first (what needs attention), then better,
 * then unchanged; each with last period's value and this period's (a link to its sources).
 */
export function TrendCard({
  data,
  rows,
  onOpen,
}: {
  data: Dashboard;
  rows: DashIndicator[];
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const moved = rows
    .filter((r): r is DashIndicator & { trend: 'better' | 'worse' | 'same' } => r.trend !== null)
    .sort((a, b) => ORDER[a.trend] - ORDER[b.trend] || a.code.localeCompare(b.code, 'vi', { numeric: true }));
  const count = (k: keyof typeof ORDER) => moved.filter((m) => m.trend === k).length;

  return (
    <Card
      id="trend"
      size={size}
      title={t('dashboard.trend.title')}
      extra={
        data.previousPeriod && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('dashboard.trend.subtitle', { period: data.previousPeriod.label })}
          </Typography.Text>
        )
      }
      styles={{ header: { flexWrap: 'wrap', rowGap: 4, paddingBlock: 8 }, title: { whiteSpace: 'normal' } }}
    >
      {!data.previousPeriod ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.trend.noPrevious')} />
      ) : moved.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.trend.none')} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {(['worse', 'better', 'same'] as const)
              .map((k) => `${t(`dashboard.trend.${k}`)}: ${count(k)}`)
              .join(' · ')}
          </Typography.Text>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 380, overflowY: 'auto' }}>
            {moved.map((i) => (
              <li
                key={i.id}
                style={{ padding: '6px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
              >
                <Flex gap={12} justify="space-between" align="center">
                  <Flex vertical gap={0} style={{ minWidth: 0, flex: 1 }}>
                    <Typography.Text ellipsis={{ tooltip: i.name }}>
                      <strong>{i.code}</strong> · {i.name}
                    </Typography.Text>
                    <Flex gap={6} wrap align="baseline" style={{ fontSize: 13 }}>
                      <Typography.Text type="secondary">
                        {t('dashboard.trend.from', { value: fmtWithUnit(i, i.previousValue) })} →
                      </Typography.Text>
                      <ValueLink indicator={i} onOpen={onOpen} withUnit />
                    </Flex>
                  </Flex>
                  <TrendMark trend={i.trend} />
                </Flex>
              </li>
            ))}
          </ul>
        </Flex>
      )}
    </Card>
  );
}
