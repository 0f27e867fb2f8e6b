import { type EvaluationSettings, formatNumber, formatPercent } from '@thidua/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const PARTS = ['indicators', 'timeliness', 'completeness', 'manual'] as const;

/** The rules in one sentence each: how the parts are weighted and where each band starts. */
export function RankingRules({ settings }: { settings: EvaluationSettings }) {
  const { t } = useTranslation();
  const w = settings.weights;
  const sum = PARTS.reduce((s, k) => s + w[k], 0);
  const weights = PARTS.filter((k) => w[k] > 0)
    .map((k) => `${t(`evaluation.parts.${k}`)} ${formatPercent(sum > 0 ? (100 * w[k]) / sum : 0, 1)}`)
    .join(' · ');
  const bands = [...settings.bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => t('evaluation.bandFrom', { label: b.label, min: formatNumber(b.min) }))
    .join('; ');
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '0 0 12px', fontSize: 13 }}>
      {t('evaluation.rulesWeights', { weights })}
      <br />
      {t('evaluation.rulesBands', { bands, red: formatPercent(settings.redFlag * 100, 0) })}
    </Typography.Paragraph>
  );
}
