/**
 * Timestamps from either driver (a Date, or PostgreSQL text such as "2026-11-24 20:27:10.123+00")
 * as ISO-8601 UTC strings for the API.
 */
export function toIso(v: string | Date): string;
export function toIso(v: string | Date | null | undefined): string | null;
export function toIso(v: string | Date | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(v);
  if (!m) return new Date(v).toISOString();
  let zone = m[3] ?? 'Z';
  if (/^[+-]\d{2}$/.test(zone)) zone += ':00';
  else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return new Date(`${m[1]}T${m[2]}${zone}`).toISOString();
}

/** The clock, injectable so tests can move time (session expiry, rate-limit windows). */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
