/** Bilingual labels and colours of report statuses, timeliness and progress (the labels live in shared). */
import {
  PROGRESS_STATUS_LABELS,
  type ProgressStatus,
  REPORT_STATUS_LABELS,
  type ReportListStatus,
  TIMELINESS_LABELS,
  type Timeliness,
} from '@thidua/shared';
import { useMemo } from 'react';
import { useLang } from '../../../app/i18n.ts';

export const REPORT_STATUS_COLORS: Record<ReportListStatus, string> = {
  not_started: 'default',
  draft: 'processing',
  submitted: 'blue',
  returned: 'warning',
  accepted: 'success',
};

export const TIMELINESS_COLORS: Record<Timeliness, string> = {
  on_time: 'green',
  late: 'orange',
  missing: 'red',
  pending: 'default',
};

export const PROGRESS_COLORS: Record<ProgressStatus, string> = {
  achieved: 'success',
  on_track: 'green',
  at_risk: 'warning',
  off_track: 'error',
  no_data: 'default',
};

/** Label functions for the current language. */
export function useReportLabels() {
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      status: (s: ReportListStatus) => REPORT_STATUS_LABELS[s]?.[lang] ?? s,
      timeliness: (s: Timeliness) => TIMELINESS_LABELS[s]?.[lang] ?? s,
      progress: (s: ProgressStatus) => PROGRESS_STATUS_LABELS[s]?.[lang] ?? s,
    }),
    [lang],
  );
}
