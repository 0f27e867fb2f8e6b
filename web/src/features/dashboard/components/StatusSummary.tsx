import { PROGRESS_STATUSES, type ProgressStatus } from '@thidua/shared';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportLabels } from '../../reports/lib/labels.ts';
import { StatTile, type Tone } from './StatTile.tsx';

const TONES: Record<ProgressStatus, Tone> = {
  achieved: 'success',
  on_track: 'info',
  at_risk: 'warning',
  off_track: 'error',
  no_data: 'plain',
};

/** How many indicators are achieved, on track, at risk, off track or without data; a tile filters the table. */
export function StatusSummary({
  counts,
  active,
  onPick,
}: {
  counts: Partial<Record<ProgressStatus, number>>;
  active: ProgressStatus | null;
  onPick: (s: ProgressStatus | null) => void;
}) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  return (
    <Flex gap={8} wrap>
      {PROGRESS_STATUSES.map((s) => (
        <StatTile
          key={s}
          label={labels.progress(s)}
          value={counts[s] ?? 0}
          tone={TONES[s]}
          active={active === s}
          onClick={() => onPick(active === s ? null : s)}
          title={t('dashboard.status.showOnly', { status: labels.progress(s) })}
          testId={`status-${s}`}
        />
      ))}
    </Flex>
  );
}
