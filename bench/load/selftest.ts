/**
 * Self-test of bench/load-tools.ts: a bare Fastify serving a 20 KB JSON body, autocannon (10 connections × 5 s)
 * from a second process, then 200 concurrent clients × 5 s from this one, with global fetch and with `httpClient`.
 * Exits 1 on any error or if the clients did not hold 200 connections open at once.
 *
 *   npx tsx bench/load/selftest.ts
 */
import {
  type ClientsResult,
  concurrentClients,
  httpClient,
  runAutocannon,
  startBareFastify,
} from '../load-tools.ts';

const SIZE = 20 * 1024;
const rows = Array.from({ length: 300 }, (_, i) => ({ id: i, name: `Phường ${i}`, value: i * 1.5 }));
let text = '';
for (let k = rows.length; k > 0 && (!text || Buffer.byteLength(text) > SIZE); k--)
  text = JSON.stringify({ rows: rows.slice(0, k) });
const body = Buffer.from(text + ' '.repeat(SIZE - Buffer.byteLength(text))); // valid JSON, exactly 20 KB
const headers = { 'content-type': 'application/json; charset=utf-8' };

const bare = await startBareFastify({ body, headers });
const check = await fetch(bare.url);
const got = Buffer.from(await check.arrayBuffer());
if (
  check.status !== 200 ||
  !got.equals(body) ||
  check.headers.get('content-type') !== headers['content-type']
)
  throw new Error(
    `bare Fastify answered ${check.status}, ${got.length} bytes, ${check.headers.get('content-type')}`,
  );
console.log(`bare Fastify at ${bare.url}, body ${body.length} bytes`);

const f = (x: number) => x.toFixed(2);
let failed = false;

const ac = await runAutocannon({ url: bare.url, connections: 10, seconds: 5 });
console.log(
  `autocannon 10 conn × 5 s:       ${ac.requests} requests, ${ac.rps.toFixed(0)} rps, p50 ${f(ac.p50)} p95 ${f(ac.p95)} p99 ${f(ac.p99)} ms, errors ${ac.errors}, non2xx ${ac.non2xx}, ${(ac.bytes / 1e6).toFixed(0)} MB`,
);
if (ac.errors || ac.non2xx || ac.requests === 0) failed = true;

const clients = Array.from({ length: 200 }, (_, i) => i);
async function clientsRun(label: string, run: () => Promise<ClientsResult>) {
  const before = await bare.stats(true);
  const cc = await run();
  const after = await bare.stats();
  console.log(
    `${label}: ${cc.n} steps, ${cc.rps.toFixed(0)} rps, p50 ${f(cc.p50)} p95 ${f(cc.p95)} p99 ${f(cc.p99)} ms, errors ${cc.errors}${cc.errorSamples.length ? ` (${cc.errorSamples.join('; ')})` : ''}`,
  );
  console.log(
    `  ${cc.concurrency} steps in flight at once here; server: ${after.connections - before.connections} new connections, peak open ${after.peakOpen} (open before: ${before.open}), ${after.requests - before.requests} requests`,
  );
  if (cc.errors || cc.n === 0 || cc.concurrency < 200 || after.connections - before.connections < 200)
    failed = true;
}

await clientsRun('200 fetch clients × 5 s     ', () =>
  concurrentClients({
    clients,
    seconds: 5,
    step: async () => {
      const r = await fetch(bare.url);
      await r.arrayBuffer();
      return { ok: r.status === 200, status: r.status };
    },
  }),
);

const http = httpClient(200);
await clientsRun('200 httpClient clients × 5 s', () =>
  concurrentClients({
    clients,
    seconds: 5,
    step: async () => {
      const r = await http.request(bare.url);
      return { ok: r.status === 200, status: r.status };
    },
  }),
);
http.close();
await bare.stop();
console.log(failed ? 'FAILED' : 'ok');
if (failed) process.exitCode = 1;
