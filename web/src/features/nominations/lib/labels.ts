/** Bilingual labels and colours of the rewards codes (the labels live in shared), picked by the UI language. */
import {
  CAMPAIGN_STATUS_LABELS,
  type CampaignStatus,
  EXAMPLE_STAGE_LABELS,
  NOMINATION_STATUS_LABELS,
  type NominationStatus,
  RATING_LABELS,
  type Rating,
  SUBJECT_LABELS,
} from '@thidua/shared';
import { useCallback, useMemo } from 'react';
import { useLang } from '../../../app/i18n.ts';

export type ExampleStage = keyof typeof EXAMPLE_STAGE_LABELS;
export type Subject = keyof typeof SUBJECT_LABELS;

export const NOMINATION_STATUS_COLORS: Record<NominationStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'warning',
  checked: 'cyan',
  in_council: 'purple',
  approved: 'geekblue',
  not_approved: 'error',
  decided: 'success',
  proposed: 'success',
  withdrawn: 'default',
};

export const STAGE_COLORS: Record<ExampleStage, string> = {
  discovered: 'blue',
  nurtured: 'gold',
  replicated: 'green',
};

/** Label functions for the current language. */
export function useRewardLabels() {
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      status: (s: NominationStatus) => NOMINATION_STATUS_LABELS[s]?.[lang] ?? s,
      subject: (s: Subject) => SUBJECT_LABELS[s]?.[lang] ?? s,
      rating: (r: Rating) => RATING_LABELS[r]?.[lang] ?? r,
      stage: (s: ExampleStage) => EXAMPLE_STAGE_LABELS[s]?.[lang] ?? s,
    }),
    [lang],
  );
}

export function useCampaignStatusLabel() {
  const lang = useLang();
  return useCallback((s: CampaignStatus) => CAMPAIGN_STATUS_LABELS[s]?.[lang] ?? s, [lang]);
}

/** Today as "YYYY-MM-DD" in Vietnam. */
export function todayVn(now: Date = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}

/** The year a campaign's ratings are read for (its end, else its start, else this year). */
export function ratingYear(c: { endsOn: string | null; startsOn: string | null } | undefined): string {
  return (c?.endsOn ?? c?.startsOn ?? todayVn()).slice(0, 4);
}
