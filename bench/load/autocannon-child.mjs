/**
 * Runs autocannon in its own process (so the load generator does not share an event loop with what it measures).
 * Reads `{ url, method, headers, body, connections, seconds }` as JSON on stdin and writes one JSON line on
 * stdout: `{ requests, rps, p50, p95, p99, errors, non2xx, bytes }`, latencies in milliseconds.
 *
 * autocannon's own latency histogram is in whole milliseconds and has no p95 (it reports p50, p90, p97_5, p99…),
 * so the percentiles here are exact: every response's time (autocannon's hrtime-based `responseTime`, fractional
 * ms) is kept and sorted, with the same definition as `pct` in bench/support.ts.
 */
import autocannon from 'autocannon';

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const o = JSON.parse(Buffer.concat(chunks).toString('utf8'));

let lat = new Float64Array(1 << 16);
let n = 0;
const instance = autocannon({
  url: o.url,
  method: o.method ?? 'GET',
  headers: o.headers ?? {},
  body: o.body,
  connections: o.connections,
  duration: o.seconds,
});
instance.on('response', (_client, _status, _bytes, responseTime) => {
  if (n === lat.length) {
    const grown = new Float64Array(lat.length * 2);
    grown.set(lat);
    lat = grown;
  }
  lat[n++] = responseTime;
});
const result = await instance;

const sorted = lat.subarray(0, n).sort();
const pct = (p) => (n ? sorted[Math.min(n - 1, Math.floor((p / 100) * n))] : 0);
const requests = result.requests.total;
process.stdout.write(
  `${JSON.stringify({
    requests,
    rps: result.duration > 0 ? requests / result.duration : 0,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: result.errors,
    non2xx: result.non2xx,
    bytes: result.throughput.total,
  })}\n`,
);
