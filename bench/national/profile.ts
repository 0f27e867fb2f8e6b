/**
 * Profiles one API route in process on a kept benchmark database (`npm run bench -- --keep` prints its URL):
 * the total time and size of the cold path (response cache off). For where the time goes, run it under
 * `node --import tsx --cpu-prof` and set `log_min_duration_statement` on the database for the statements.
 *
 *   npx tsx bench/national/profile.ts <database url> <path> [username] [repeats]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, prepareDatabase } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { setDashboardCache } from '../../server/src/evaluation/cache.ts';
import { setReadMemoMs } from '../../server/src/http/read-memo.ts';

const [url, route, username = 'bench-national', repeats = '5'] = process.argv.slice(2);
if (!url || !route) throw new Error('usage: profile.ts <database url> <path> [username] [repeats]');
const config = loadConfig({
  ...process.env,
  DATABASE_URL: url,
  THIDUA_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-profile-')),
  LOG_LEVEL: 'warn',
  THIDUA_REMINDER_INTERVAL_MINUTES: '0',
});
const { database, migration } = await prepareDatabase(config);
const { app } = await buildApp({ database, config, migration, logger: false });
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username, password: 'ThiDua@2025' },
});
if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`);
const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
setDashboardCache(false);
setReadMemoMs(0);
for (let i = 0; i < Number(repeats); i++) {
  const t = performance.now();
  const r = await app.inject({ method: 'GET', url: route, headers: { cookie } });
  const total = performance.now() - t;
  console.log(`#${i + 1}: ${r.statusCode}, ${(r.body.length / 1024).toFixed(0)} KB, ${total.toFixed(1)} ms`);
}
await app.close();
await database.close();
