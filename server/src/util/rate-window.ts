import type { Clock } from './time.ts';

/**
 * Allows `max` hits per key within a sliding window (in memory: one process serves one deployment, ADR 0001).
 * `hit` records an attempt and returns 0, or the seconds to wait when the key is over its limit (not recorded).
 */
export class RateWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string): number {
    const now = this.clock.now().getTime();
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length >= this.max) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil(((list[list.length - this.max] ?? now) + this.windowMs - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 10_000) for (const k of [...this.hits.keys()].slice(0, 1000)) this.hits.delete(k);
    return 0;
  }
}
