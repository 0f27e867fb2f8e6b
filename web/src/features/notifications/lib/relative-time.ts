import { formatDateTime } from '@thidua/shared';

/** How long ago, in the unit a reader expects; older than a week reads as a date ("10/12/2025 14:05"). */
export type Ago =
  | { unit: 'now' }
  | { unit: 'minutes' | 'hours' | 'days'; count: number }
  | { unit: 'date'; text: string };

/** Splits the time since `iso` into "just now", minutes, hours, days, or a full date. */
export function ago(iso: string, now: Date = new Date()): Ago {
  const at = new Date(iso);
  const diff = now.getTime() - at.getTime();
  if (Number.isNaN(diff)) return { unit: 'date', text: '' };
  const minutes = Math.floor(diff / 60_000);
  if (minutes < 1) return { unit: 'now' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  const days = Math.floor(hours / 24);
  if (days < 7) return { unit: 'days', count: days };
  return { unit: 'date', text: formatDateTime(at) };
}
