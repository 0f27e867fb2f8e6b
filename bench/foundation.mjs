#!/usr/bin/env node
// Foundation benchmark: start-up time of the built server (fresh and existing PGlite data dir, or PostgreSQL when
// DATABASE_URL is set) and latency of sign-in, the org tree, accent-insensitive search and the campaign page.
// Run after `npm run build`:  node bench/foundation.mjs   [N requests per route, default 200]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const N = Number(process.argv[2] ?? 200);

function start(dataDir) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'server/dist/main.js')], {
    env: { ...process.env, PORT: '0', THIDUA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const on = (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}`, ms: performance.now() - t0 });
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('exit', (c) => reject(new Error(`exit ${c}: ${out}`)));
  });
}
const stop = (child) =>
  new Promise((r) => {
    child.once('exit', r);
    child.kill('SIGTERM');
  });

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
async function measure(name, fn) {
  for (let i = 0; i < 5; i++) await fn(); // warm-up
  const t = [];
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const a = performance.now();
    await fn();
    t.push(performance.now() - a);
  }
  const total = (performance.now() - t0) / 1000;
  return { name, p50: pct(t, 50), p95: pct(t, 95), p99: pct(t, 99), rps: N / total };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
const rows = [];
const fresh = await start(dir);
rows.push({
  name: `start, empty ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'} (migrate + seed)`,
  ms: fresh.ms,
});
await stop(fresh.child);
const s = await start(dir);
rows.push({ name: 'start, existing data', ms: s.ms });

const login = async () => {
  const r = await fetch(`${s.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'office', password: 'ThiDua@2025' }),
  });
  if (r.status !== 200) throw new Error(`login ${r.status}`);
  return r.headers.get('set-cookie').split(';')[0];
};
const cookie = await login();
const get = (u) => async () => {
  const r = await fetch(`${s.url}${u}`, { headers: { cookie } });
  if (r.status !== 200) throw new Error(`${u}: ${r.status}`);
  await r.arrayBuffer();
};
const campaigns = await (
  await fetch(`${s.url}/api/campaigns?status=launched`, { headers: { cookie } })
).json();
const dh = campaigns.items.find((c) => c.issuingUnitName === 'Phường Đông Hải');

const lat = [];
const saved = N;
lat.push(await measure('GET /api/health', get('/api/health')));
lat.push(await measure('GET /api/org-units (tree, 45 units)', get('/api/org-units')));
lat.push(await measure('GET /api/org-units?q=to dan pho 7', get('/api/org-units?q=to%20dan%20pho%207')));
lat.push(await measure('GET /api/campaigns/:id (29 indicators)', get(`/api/campaigns/${dh.id}`)));
lat.push(await measure('GET /api/audit?limit=50', get('/api/audit?limit=50')));
// Sign-in is scrypt-bound by design; fewer runs, and from distinct users' counters' point of view it stays under the limit.
const loginRuns = Math.min(N, 20);
const t = [];
for (let i = 0; i < loginRuns; i++) {
  const a = performance.now();
  await login();
  t.push(performance.now() - a);
}
lat.push({
  name: `POST /api/auth/login (scrypt N=2^15), ${loginRuns} runs`,
  p50: pct(t, 50),
  p95: pct(t, 95),
  p99: pct(t, 99),
  rps: NaN,
});
void saved;
await stop(s.child);
fs.rmSync(dir, { recursive: true, force: true });

console.log(
  `ThiĐua foundation benchmark — ${new Date().toISOString()} — ${os.cpus().length} cores, Node ${process.version}`,
);
for (const r of rows) console.log(`${r.name.padEnd(58)} ${r.ms.toFixed(0).padStart(7)} ms`);
console.log(
  `\n${'operation'.padEnd(58)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(8)}`,
);
for (const r of lat)
  console.log(
    `${r.name.padEnd(58)} ${r.p50.toFixed(2).padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${Number.isNaN(r.rps) ? '       –' : r.rps.toFixed(0).padStart(8)}`,
  );
