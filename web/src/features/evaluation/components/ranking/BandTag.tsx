import { DEFAULT_BANDS, type EvaluationSettings, type RankingRow } from '@thidua/shared';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { bandColor } from '../../lib/colors.ts';

/** The band ("Hoàn thành tốt") coloured by its place among the campaign's bands, with the rule that decided. */
export function BandTag({
  row,
  bands,
  showRule = true,
}: {
  row: Pick<RankingRow, 'band' | 'rule'>;
  /** The campaign's bands (for the colour); the usual ones when the user may not read the rules. */
  bands: EvaluationSettings['bands'] | null;
  showRule?: boolean;
}) {
  const { t } = useTranslation();
  if (!row.band) return <Typography.Text type="secondary">{t('evaluation.noBand')}</Typography.Text>;
  const sorted = [...(bands ?? DEFAULT_BANDS)].sort((a, b) => b.min - a.min);
  const idx = sorted.findIndex((b) => b.code === row.band?.code);
  return (
    <Flex vertical gap={2} align="flex-start">
      <Tag color={bandColor(idx < 0 ? sorted.length : idx, sorted.length)} style={{ marginInlineEnd: 0 }}>
        {row.band.label}
      </Tag>
      {showRule && row.rule && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.rule}
        </Typography.Text>
      )}
    </Flex>
  );
}
