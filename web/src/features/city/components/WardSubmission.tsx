import { type CityDashboard, formatDateTime } from '@thidua/shared';
import { Button, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { upwardPath, wardDashboardPath } from '../api.ts';
import { UPWARD_COLORS, useCityLabels } from '../lib/format.ts';
import { useCityT } from '../locales/index.ts';
import type { DecideTarget } from './DecideModal.tsx';

type Ward = CityDashboard['wards'][number];

/** A ward's aggregated report: status, when, and the ward's reasons (missing units, the city's return). */
export function WardSubmission({ ward: w }: { ward: Ward }) {
  const t = useCityT();
  const labels = useCityLabels();
  const s = w.submission;
  return (
    <Flex vertical gap={2} align="flex-start" data-testid="ward-submission">
      <Tag color={UPWARD_COLORS[s?.status ?? 'none']} style={{ marginInlineEnd: 0 }}>
        {labels.upward(s?.status ?? null)}
      </Tag>
      {s && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {s.decidedAt
            ? t('city.ranking.decidedAt', { time: formatDateTime(s.decidedAt) })
            : t('city.ranking.submittedAt', { time: formatDateTime(s.submittedAt) })}
        </Typography.Text>
      )}
      {s && s.missingUnits > 0 && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('city.ranking.missingUnits', { n: s.missingUnits })}
          {s.missingReason ? ` · ${t('city.ranking.missingReasonOf', { text: s.missingReason })}` : ''}
        </Typography.Text>
      )}
      {s?.status === 'returned' && s.returnReason && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('city.ranking.returnReasonOf', { text: s.returnReason })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Drill-down links of a ward for the period, and the city's decisions on its report when it may decide. */
export function WardActions({
  ward: w,
  data,
  onDecide,
}: {
  ward: Ward;
  data: CityDashboard;
  onDecide: (target: DecideTarget) => void;
}) {
  const t = useCityT();
  const s = w.submission;
  if (!w.campaignId)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('city.ranking.noCampaign')}
      </Typography.Text>
    );
  const target = (action: 'accept' | 'return'): DecideTarget | null =>
    s
      ? { action, submissionId: s.id, version: s.version, wardName: w.name, periodLabel: data.period.label }
      : null;
  const canAccept = data.canDecide && s?.status === 'submitted';
  const canReturn = data.canDecide && (s?.status === 'submitted' || s?.status === 'accepted');
  return (
    <Flex vertical gap={6} align="flex-start">
      <Flex gap="2px 12px" wrap>
        <Link to={wardDashboardPath(w.campaignId, data.period.id)}>{t('city.ranking.dashboard')}</Link>
        <Link to={upwardPath(w.campaignId, data.period.id)}>{t('city.ranking.report')}</Link>
      </Flex>
      {(canAccept || canReturn) && (
        <Flex gap={8} wrap>
          {canAccept && (
            <Button
              size="small"
              type="primary"
              aria-label={`${t('city.decide.accept')}: ${w.name}`}
              onClick={() => {
                const x = target('accept');
                if (x) onDecide(x);
              }}
            >
              {t('city.decide.accept')}
            </Button>
          )}
          {canReturn && (
            <Button
              size="small"
              danger
              aria-label={`${t('city.decide.return')}: ${w.name}`}
              onClick={() => {
                const x = target('return');
                if (x) onDecide(x);
              }}
            >
              {t('city.decide.return')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
