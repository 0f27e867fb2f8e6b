import { type Dashboard, scoreTrend } from '@thidua/shared';
import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtScore } from '../lib/format.ts';
import { TrendMark } from './TrendMark.tsx';

/** The campaign's score out of 10 for the period, and how it moved since the previous period. */
export function ScoreCard({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const score = fmtScore(data.score);
  const previous = fmtScore(data.previousScore);
  return (
    <Flex vertical gap={6}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('dashboard.score.title')}
      </Typography.Text>
      {score ? (
        <Flex align="baseline" gap={6} wrap>
          <span data-testid="campaign-score" style={{ fontSize: 40, fontWeight: 600, lineHeight: 1.1 }}>
            {score}
          </span>
          <Typography.Text type="secondary">{t('dashboard.score.outOf')}</Typography.Text>
        </Flex>
      ) : (
        <Typography.Text style={{ fontSize: 16, color: token.colorTextTertiary }}>
          {t('dashboard.score.none')}
        </Typography.Text>
      )}
      {score && previous && data.previousPeriod ? (
        <TrendMark
          trend={scoreTrend(data.previousScore, data.score)}
          detail={t('dashboard.score.vsPrevious', { period: data.previousPeriod.label, score: previous })}
        />
      ) : (
        score && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('dashboard.score.noPrevious')}
          </Typography.Text>
        )
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('dashboard.score.hint')}
      </Typography.Text>
    </Flex>
  );
}
