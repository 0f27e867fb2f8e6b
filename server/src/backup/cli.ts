/**
 * `npm run backup [-- --out DIR]` and `npm run restore -- --from DIR [--force]` for the configured installation
 * (THIDUA_DATA_DIR, DATABASE_URL). Stop the server first when it runs on the embedded database.
 */
import path from 'node:path';
import { formatNumber } from '@thidua/shared';
import { loadConfig } from '../config.ts';
import { backup, restore } from './backup.ts';

// npm runs workspace scripts in the workspace folder; paths are meant from where the command was typed.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const [command, ...args] = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const config = loadConfig();
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

try {
  if (command === 'backup') {
    const out = path.resolve(arg('--out') ?? path.join('backups', `thidua-${stamp}`));
    const m = await backup(config, out);
    const rows = Object.values(m.tables).reduce((a, t) => a + t.rows, 0);
    console.log(
      `Đã sao lưu ${m.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}: ${Object.keys(m.tables).length} bảng, ${formatNumber(rows)} dòng, ${formatNumber(m.files.count)} tệp → ${out}`,
    );
  } else if (command === 'restore') {
    const from = arg('--from');
    if (!from) throw new Error('Thiếu --from <thư mục sao lưu>.');
    const m = await restore(config, path.resolve(from), { force: args.includes('--force') });
    console.log(
      `Đã khôi phục bản sao lưu ngày ${m.createdAt}: ${Object.keys(m.tables).length} bảng khớp từng dòng, ${formatNumber(m.files.count)} tệp.`,
    );
  } else {
    console.error('Dùng: backup [--out DIR] | restore --from DIR [--force]');
    process.exitCode = 2;
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
