/**
 * A bounded loopback load: the real bundle in its own process, readers (dashboard, heatmap, ranking, reports,
 * campaign, documents catalogue) and writers (a reporter saving its report, the office saving a document's
 * narrative) for a fixed time; every response is checked (status 2xx), latencies collected, and the server's
 * resident memory sampled from /proc so growth after warm-up can be judged. Used by e2e/soak.e2e.ts (short) and
 * bench/soak.ts (long).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshPostgres } from '../../server/src/test/harness.ts';
import { spawnServer } from './server.ts';

export interface LoadResult {
  seconds: number;
  requests: number;
  errors: { status: number; url: string }[];
  reads: { n: number; p50: number; p95: number; p99: number };
  writes: { n: number; p50: number; p95: number; p99: number };
  /**
   * Resident memory of the server process (MB): after warm-up, the highest later, and at the end; and the highest
   * in the first and in the second half of the time after warm-up. V8 lets the heap grow in a saw-tooth until a
   * major collection, so a leak shows as peaks that keep climbing, not as one peak above the warm-up sample.
   */
  rss: {
    warm: number;
    max: number;
    end: number;
    firstHalfMax: number;
    secondHalfMax: number;
    samples: number[];
  };
}

class Client {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}
  async req(method: string, url: string, body?: unknown) {
    const r = await fetch(`${this.base}${url}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        origin: this.base,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = r.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    const text = await r.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: r.status, body: json };
  }
  async login(username: string) {
    const r = await this.req('POST', '/api/auth/login', { username, password: 'ThiDua@2025' });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
    this.csrf = r.body.csrfToken;
    return this;
  }
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) : 0;
};
const summary = (xs: number[]) => ({
  n: xs.length,
  p50: pct(xs, 0.5),
  p95: pct(xs, 0.95),
  p99: pct(xs, 0.99),
});

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export async function runLoad(o: {
  seconds: number;
  readers: number;
  warmupSeconds?: number;
}): Promise<LoadResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-load-'));
  const pg = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
  const server = await spawnServer({ dataDir, databaseUrl: pg?.url ?? '', env: { LOG_LEVEL: 'error' } });
  try {
    const office = await new Client(server.url).login('office');
    const reporter = await new Client(server.url).login('reporter');
    const campaigns = (await office.req('GET', '/api/campaigns?status=launched')).body.items;
    const cid = campaigns.find(
      (c: { issuingUnitName: string }) => c.issuingUnitName === 'Phường Đông Hải',
    ).id;
    const unitId = (await reporter.req('GET', '/api/auth/me')).body.assignments[0].unitId;
    const opened = await reporter.req('POST', '/api/reports', {
      campaignId: cid,
      unitId,
      periodId: '2025-12',
    });
    const reportId = opened.body.id;
    const row = opened.body.rows.find(
      (r: { indicator: { kind: string; maxValue: number | null } }) =>
        (r.indicator.kind === 'sum' || r.indicator.kind === 'count') && r.indicator.maxValue === null,
    );
    const readUrls = [
      `/api/campaigns/${cid}/dashboard?periodId=2025-11`,
      `/api/campaigns/${cid}/heatmap?periodId=2025-11`,
      `/api/campaigns/${cid}/ranking?periodId=2025-11`,
      `/api/campaigns/${cid}`,
      `/api/reports?campaignId=${cid}`,
      `/api/campaigns/${cid}/documents`,
      '/api/auth/me',
    ];
    const readers = await Promise.all(
      Array.from({ length: o.readers }, (_, i) => new Client(server.url).login(i % 2 ? 'viewer' : 'office')),
    );
    const pid = server.pid;
    const errors: LoadResult['errors'] = [];
    const readTimes: number[] = [];
    const writeTimes: number[] = [];
    const start = Date.now();
    const end = start + o.seconds * 1000;
    const warmEnd = start + (o.warmupSeconds ?? Math.min(10, o.seconds / 4)) * 1000;
    const rss = { warm: 0, max: 0, end: 0, samples: [] as number[] };
    const afterWarm: number[] = [];
    const sampler = setInterval(() => {
      const m = rssMb(pid);
      rss.samples.push(Math.round(m));
      if (Date.now() >= warmEnd) {
        if (!rss.warm) rss.warm = m;
        rss.max = Math.max(rss.max, m);
        afterWarm.push(m);
      }
    }, 1000);
    const timed = async (kind: 'r' | 'w', c: Client, method: string, url: string, body?: unknown) => {
      const t = performance.now();
      const r = await c.req(method, url, body).catch(() => ({ status: 0, body: null }));
      (kind === 'r' ? readTimes : writeTimes).push(performance.now() - t);
      if (r.status < 200 || r.status >= 300) errors.push({ status: r.status, url: `${method} ${url}` });
      return r;
    };
    let version = opened.body.version;
    let narrativeVersion = 0;
    let n = 0;
    await Promise.all([
      ...readers.map(async (c, i) => {
        let k = i;
        while (Date.now() < end) await timed('r', c, 'GET', readUrls[k++ % readUrls.length] as string);
      }),
      (async () => {
        while (Date.now() < end) {
          n++;
          const r = await timed('w', reporter, 'PUT', `/api/reports/${reportId}/values`, {
            version,
            values: [{ indicatorId: row.indicator.id, value: n, comment: `Lần ${n}` }],
          });
          if (r.status === 200) version = r.body.version;
        }
      })(),
      (async () => {
        let k = 0;
        while (Date.now() < end) {
          const r = await timed('w', office, 'PUT', `/api/campaigns/${cid}/documents/ward_report/narrative`, {
            params: { periodId: '2025-11' },
            version: narrativeVersion,
            sections: { highlights: `Kết quả nổi bật, lần ${++k}.` },
          });
          if (r.status === 200) narrativeVersion = r.body.narrativeVersion;
        }
      })(),
    ]);
    clearInterval(sampler);
    rss.end = rssMb(pid);
    const half = Math.floor(afterWarm.length / 2);
    const peak = (xs: number[]) => Math.round(Math.max(0, ...xs));
    return {
      seconds: (Date.now() - start) / 1000,
      requests: readTimes.length + writeTimes.length,
      errors,
      reads: summary(readTimes),
      writes: summary(writeTimes),
      rss: {
        ...rss,
        warm: Math.round(rss.warm),
        max: Math.round(rss.max),
        end: Math.round(rss.end),
        firstHalfMax: peak(afterWarm.slice(0, half)),
        secondHalfMax: peak(afterWarm.slice(half)),
      },
    };
  } finally {
    await server.stop();
    await pg?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describeLoad(r: LoadResult): string {
  const f = (x: number) => x.toFixed(1);
  return [
    `${r.requests} requests in ${f(r.seconds)} s (${f(r.requests / r.seconds)}/s), errors: ${r.errors.length}`,
    `reads  n=${r.reads.n} p50 ${f(r.reads.p50)} ms, p95 ${f(r.reads.p95)} ms, p99 ${f(r.reads.p99)} ms`,
    `writes n=${r.writes.n} p50 ${f(r.writes.p50)} ms, p95 ${f(r.writes.p95)} ms, p99 ${f(r.writes.p99)} ms`,
    `server RSS MB: after warm-up ${r.rss.warm}, max ${r.rss.max} (first half ${r.rss.firstHalfMax}, second half ${r.rss.secondHalfMax}), end ${r.rss.end}`,
  ].join('\n');
}
