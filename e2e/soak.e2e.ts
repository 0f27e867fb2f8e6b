/**
 * Load and soak, short form for CI: the bundle under mixed reads and writes on loopback for 45 s — no error, and
 * the server's memory after warm-up does not keep growing. Long form: `npx tsx bench/soak.ts --seconds 300`.
 */
import { describe, expect, it } from 'vitest';
import { describeLoad, runLoad } from './support/load.ts';

describe('bounded load', () => {
  it('holds mixed reads and writes without an error and with stable memory', async () => {
    const r = await runLoad({ seconds: 45, readers: 8, warmupSeconds: 10 });
    console.log(`soak (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}):\n${describeLoad(r)}`);
    expect(r.errors.slice(0, 5)).toEqual([]);
    expect(r.reads.n).toBeGreaterThan(200);
    expect(r.writes.n).toBeGreaterThan(50);
    // Memory: the saw-tooth's peaks stop climbing — the second half's peak after warm-up stays within 20 % (and
    // 40 MB) of the first half's — and no peak runs away from the warm-up level. Keeping each response alive
    // (thousands of dashboards here) would keep the peaks climbing through the second half.
    expect(r.rss.secondHalfMax).toBeLessThan(Math.max(r.rss.firstHalfMax * 1.2, r.rss.firstHalfMax + 40));
    expect(r.rss.max).toBeLessThan(r.rss.warm + 400);
  }, 240_000);
});
