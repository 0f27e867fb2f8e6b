/**
 * Document benchmark (issue 8 groundwork): the ward's report to the city as DOCX, over HTTP on loopback, with the
 * Đông Hải demo data on PGlite (or PostgreSQL when DATABASE_URL is set). Target: ≤ 1 s.
 *   npx tsx bench/documents.ts [--n 30]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, prepareDatabase } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { freshPostgres } from '../server/src/test/harness.ts';

const args = process.argv.slice(2);
const i = args.indexOf('--n');
const N = i >= 0 ? Number(args[i + 1]) : 30;
const pg = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-docs-'));
const config = loadConfig({
  ...process.env,
  THIDUA_DATA_DIR: dataDir,
  DATABASE_URL: pg?.url ?? '',
  LOG_LEVEL: 'warn',
  THIDUA_REMINDER_INTERVAL_MINUTES: '0',
});
const { database, migration } = await prepareDatabase(config);
const { app } = await buildApp({ database, config, migration, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ username: 'office', password: 'ThiDua@2025' }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
const list = (await (
  await fetch(`${base}/api/campaigns?status=launched`, { headers: { cookie } })
).json()) as {
  items: { id: number; issuingUnitName: string }[];
};
const id = list.items.find((c) => c.issuingUnitName === 'Phường Đông Hải')?.id;
const url = `${base}/api/campaigns/${id}/reports/ward.docx?periodId=2025-11`;
const times: number[] = [];
let bytes = 0;
for (let k = 0; k < N + 3; k++) {
  const t = performance.now();
  const r = await fetch(url, { headers: { cookie } });
  if (r.status !== 200) throw new Error(`${r.status} ${await r.text()}`);
  bytes = (await r.arrayBuffer()).byteLength;
  if (k >= 3) times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(1);
console.log(
  `${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} — ward report DOCX (Đông Hải, 29 indicators, 31 units), ${N} requests`,
);
console.log(
  `p50 ${p(0.5)} ms · p95 ${p(0.95)} ms · max ${times.at(-1)?.toFixed(1)} ms · ${Math.round(bytes / 1024)} KB`,
);
await app.close();
await database.close();
await pg?.drop();
fs.rmSync(dataDir, { recursive: true, force: true });
