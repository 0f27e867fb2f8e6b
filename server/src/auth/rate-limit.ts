import type { Clock } from '../util/time.ts';

export interface LimitOptions {
  /** Failed attempts allowed per username within the window. */
  perUser: number;
  /** Failed attempts allowed per client IP within the window. */
  perIp: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LimitOptions = { perUser: 5, perIp: 30, windowMs: 15 * 60_000 };

/**
 * Counts failed sign-ins per username and per IP in a sliding window (in memory: one process serves
 * one deployment). A success clears the username's counter, not the IP's.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly opts: LimitOptions = DEFAULT_LOGIN_LIMITS,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.clock.now().getTime() - this.opts.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
  retryAfter(username: string, ip: string): number {
    const checks: [string, number][] = [
      [`u:${username}`, this.opts.perUser],
      [`ip:${ip}`, this.opts.perIp],
    ];
    let wait = 0;
    for (const [key, max] of checks) {
      const list = this.recent(key);
      if (list.length >= max) {
        const oldest = list[list.length - max] ?? 0;
        wait = Math.max(wait, Math.ceil((oldest + this.opts.windowMs - this.clock.now().getTime()) / 1000));
      }
    }
    return wait;
  }

  fail(username: string, ip: string): void {
    const now = this.clock.now().getTime();
    for (const key of [`u:${username}`, `ip:${ip}`]) this.failures.set(key, [...this.recent(key), now]);
  }

  succeed(username: string): void {
    this.failures.delete(`u:${username}`);
  }
}
