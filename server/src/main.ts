import { buildApp, prepareDatabase } from './app.ts';
import { loadConfig } from './config.ts';
import { startBackgroundWork } from './notifications/worker.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-data.ts';

/** Starts ThiĐua: one process, one port, API + web app. */
async function main() {
  const config = loadConfig();
  const { database, migration, seeded } = await prepareDatabase(config);
  const { app, deps } = await buildApp({ config, database, migration });
  const stopWorker = startBackgroundWork(deps, app.log);
  const close = async () => {
    stopWorker();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const where = database.kind === 'pglite' ? `PGlite tại ${config.pgliteDir}` : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    '',
    `ThiĐua đang chạy: http://${host}:${port}/   (API: /api/docs)`,
    `Cơ sở dữ liệu: ${where}, migration ${migration}${seeded ? ', vừa nạp dữ liệu mẫu Đông Hải' : ''}`,
  ];
  if (config.seedDemo) {
    lines.push(`Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) lines.push(`  ${u.username.padEnd(10)} ${u.role.padEnd(10)} ${u.fullName}`);
  }
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
