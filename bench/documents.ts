/**
 * Document benchmark (issue 8): the ward's report to the city over HTTP on loopback with the Đông Hải demo data on
 * PGlite (or PostgreSQL when DATABASE_URL is set) — the direct DOCX route (target ≤ 1 s), and export jobs end to
 * end (ask, wait, download) as DOCX, XLSX and PDF (LibreOffice when installed) — plus the pure renderers on a
 * decision listing 500 nominees with very long names.
 *   npx tsx bench/documents.ts [--n 30] [--pages DIR]   (--pages: the report as PDF and PNG pages, for looking at)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, prepareDatabase } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { decisionView } from '../server/src/documents/decision.ts';
import { renderOfficialDocx } from '../server/src/documents/official.ts';
import { renderOfficialPdf, sofficePath } from '../server/src/documents/pdf.ts';
import { renderOfficialXlsx } from '../server/src/documents/xlsx.ts';
import { freshPostgres } from '../server/src/test/harness.ts';

const args = process.argv.slice(2);
const i = args.indexOf('--n');
const N = i >= 0 ? Number(args[i + 1]) : 30;
const pi = args.indexOf('--pages');
const pagesDir = pi >= 0 ? (args[pi + 1] ?? 'ward-report-pages') : null;
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
const csrf = (
  (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string }
).csrfToken;
const pct = (times: number[], q: number) => {
  const t = [...times].sort((x, y) => x - y);
  return t[Math.min(t.length - 1, Math.floor(q * t.length))] ?? Number.NaN;
};
const rows: { op: string; n: number; p50: number; p95: number; max: number; kb: number }[] = [];
async function timeIt(op: string, n: number, warm: number, once: () => Promise<number>) {
  const times: number[] = [];
  let bytes = 0;
  for (let k = 0; k < n + warm; k++) {
    const t = performance.now();
    bytes = await once();
    if (k >= warm) times.push(performance.now() - t);
  }
  rows.push({
    op,
    n,
    p50: pct(times, 0.5),
    p95: pct(times, 0.95),
    max: Math.max(...times),
    kb: bytes / 1024,
  });
}

const url = `${base}/api/campaigns/${id}/reports/ward.docx?periodId=2025-11`;
await timeIt('ward report DOCX, direct route', N, 3, async () => {
  const r = await fetch(url, { headers: { cookie } });
  if (r.status !== 200) throw new Error(`${r.status} ${await r.text()}`);
  return (await r.arrayBuffer()).byteLength;
});

async function exportOnce(format: string): Promise<Buffer> {
  const r = await fetch(`${base}/api/campaigns/${id}/document-exports`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf },
    body: JSON.stringify({ kind: 'ward_report', format, params: { periodId: '2025-11' } }),
  });
  let job = (await r.json()) as { id: number; status: string; error: unknown };
  while (job.status === 'queued' || job.status === 'running') {
    await new Promise((res) => setTimeout(res, 10));
    job = (await (
      await fetch(`${base}/api/document-exports/${job.id}`, { headers: { cookie } })
    ).json()) as typeof job;
  }
  if (job.status !== 'done') throw new Error(JSON.stringify(job.error));
  return Buffer.from(
    await (await fetch(`${base}/api/document-exports/${job.id}/file`, { headers: { cookie } })).arrayBuffer(),
  );
}
for (const format of ['docx', 'xlsx', 'pdf'])
  await timeIt(
    `ward report ${format.toUpperCase()}, export job end to end${format === 'pdf' ? (sofficePath() ? ' (LibreOffice)' : ' (drawn)') : ''}`,
    format === 'pdf' ? Math.max(5, Math.round(N / 3)) : N,
    format === 'pdf' ? 1 : 2,
    async () => (await exportOnce(format)).length,
  );

// 500 nominees with very long names, pure renderers.
const long = 'Trường Trung học cơ sở Đông Hải – Chi đoàn thanh niên khu dân cư số 7 '.repeat(3);
const big = decisionView(
  {
    id: 1,
    campaignId: 1,
    kind: 'decision',
    number: 15,
    symbol: 'QĐ-UBND',
    reference: '15/QĐ-UBND',
    signedOn: '2025-12-20',
    signerName: 'Nguyễn Trọng Khiêm',
    items: Array.from({ length: 500 }, (_, k) => ({
      nominationId: k + 1,
      subject: k % 5 === 0 ? ('collective' as const) : ('individual' as const),
      name: k % 5 === 0 ? `${long}${k}` : `Nguyễn Thị Phương Thảo ${k}`,
      unitName: long,
      awardName: 'Giấy khen của Chủ tịch UBND phường',
      cashMultiplier: 0.3,
    })),
  },
  {
    title: 'Đợt thi đua năm 2025',
    place: 'Đông Hải',
    issuingUnitName: 'Phường Đông Hải',
    documentNumber: 5,
    documentSymbol: 'KH-UBND',
    issuedOn: '2025-08-26',
  },
).doc;
await timeIt(
  'decision, 500 nominees: DOCX render',
  5,
  1,
  async () => (await renderOfficialDocx(big)).docx.length,
);
await timeIt(
  'decision, 500 nominees: XLSX render',
  5,
  1,
  async () => (await renderOfficialXlsx(big)).xlsx.length,
);
await timeIt('decision, 500 nominees: PDF drawn', 5, 1, async () => (await renderOfficialPdf(big)).length);

console.log(
  `${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} — Đông Hải demo (29 indicators, 31 units), period 2025-11`,
);
console.log('| operation | n | p50 ms | p95 ms | max ms | KB |');
console.log('|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.op} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${Math.round(r.kb)} |`,
  );

if (pagesDir) {
  fs.mkdirSync(pagesDir, { recursive: true });
  const pdf = await exportOnce('pdf');
  const file = path.join(pagesDir, 'bao-cao-ket-qua.pdf');
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '80', '-png', file, path.join(pagesDir, 'trang')]);
  console.log(
    `pages: ${fs
      .readdirSync(pagesDir)
      .filter((f) => f.endsWith('.png'))
      .join(', ')} in ${pagesDir}`,
  );
}
await app.close();
await database.close();
await pg?.drop();
fs.rmSync(dataDir, { recursive: true, force: true });
