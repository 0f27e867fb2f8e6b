/** Where a disclosure stands in time, and its dates the Vietnamese way. */
import { formatDay } from '../../campaigns/lib/format.ts';
import { todayVn } from '../../review/lib/defaults.ts';

export type DisclosurePhase = 'upcoming' | 'open' | 'ended';

/** Open from the first to the last day (inclusive), as the server says; before or after by today's date. */
export function disclosurePhase(
  d: { startsOn: string; endsOn: string; open: boolean; ended?: boolean },
  today = todayVn(),
): DisclosurePhase {
  if (d.open) return 'open';
  if (d.ended ?? d.endsOn < today) return 'ended';
  return 'upcoming';
}

/** Tag colours of each phase: dark text on a light tint, readable (contrast ≥ 4.5 : 1) for small text. */
export const PHASE_STYLES: Record<
  DisclosurePhase,
  { color: string; background: string; borderColor: string }
> = {
  upcoming: { color: '#374151', background: '#f3f4f6', borderColor: '#d1d5db' },
  open: { color: '#14532d', background: '#e7f6ea', borderColor: '#86c79a' },
  ended: { color: '#1e3a8a', background: '#e8eefb', borderColor: '#a9bfe8' },
};

/** "10/12/2025", "16/12/2025" for the i18n sentence "từ … đến …". */
export function periodDays(d: { startsOn: string; endsOn: string }) {
  return { from: formatDay(d.startsOn), to: formatDay(d.endsOn) };
}
