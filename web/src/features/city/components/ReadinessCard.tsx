import type { UpwardState, UpwardUnit } from '@thidua/shared';
import { Alert, Card, Flex, Grid, Tag, Typography, theme } from 'antd';
import { Link } from 'react-router-dom';
import { StatTile } from '../../dashboard/components/StatTile.tsx';
import { REPORT_STATUS_COLORS } from '../../reports/lib/labels.ts';
import { reportPath } from '../api.ts';
import { useCityLabels } from '../lib/format.ts';
import { useCityT } from '../locales/index.ts';

/** A list of units with their report status and a link to the report when there is one. */
function UnitList({ units, testId }: { units: UpwardUnit[]; testId: string }) {
  const t = useCityT();
  const labels = useCityLabels();
  const { token } = theme.useToken();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid={testId}>
      {units.map((u) => (
        <li
          key={u.unitId}
          style={{ padding: '6px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex justify="space-between" gap={8} align="center" wrap>
            {u.reportId ? (
              <Link
                to={reportPath(u.reportId)}
                aria-label={`${t('city.upward.readiness.openReport')}: ${u.name}`}
              >
                {u.name}
              </Link>
            ) : (
              <Typography.Text>{u.name}</Typography.Text>
            )}
            <Tag color={REPORT_STATUS_COLORS[u.status]} style={{ marginInlineEnd: 0 }}>
              {u.reportId ? labels.report(u.status) : t('city.upward.readiness.noReport')}
            </Tag>
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/**
 * Whether the period may go up: units due and accepted; reports awaiting the ward's review block the submission
 * (each links to its report); units without an accepted report are allowed only with a reason.
 */
export function ReadinessCard({ state }: { state: UpwardState }) {
  const t = useCityT();
  const phone = Grid.useBreakpoint().md === false;
  const r = state.readiness;
  return (
    <Card
      size={phone ? 'small' : undefined}
      title={t('city.upward.readiness.title')}
      style={{ height: '100%' }}
      styles={{ title: { whiteSpace: 'normal' } }}
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          <StatTile label={t('city.upward.readiness.expected')} value={r.expected} />
          <StatTile label={t('city.upward.readiness.accepted')} value={r.accepted} tone="success" />
          <StatTile label={t('city.upward.readiness.pending')} value={r.pending.length} tone="error" />
          <StatTile label={t('city.upward.readiness.missing')} value={r.missing.length} tone="warning" />
        </Flex>
        {r.pending.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('city.upward.readiness.pendingBlock', { n: r.pending.length })}
            description={<UnitList units={r.pending} testId="pending-units" />}
          />
        )}
        {r.missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={
              state.can.submit
                ? t('city.upward.readiness.missingWarn', { n: r.missing.length })
                : t('city.upward.readiness.missingInfo', { n: r.missing.length })
            }
            description={<UnitList units={r.missing} testId="missing-units" />}
          />
        )}
        {r.pending.length === 0 && r.missing.length === 0 && (
          <Alert type="success" showIcon title={t('city.upward.readiness.allReady')} />
        )}
      </Flex>
    </Card>
  );
}
