/**
 * `npm run audit:verify`: walks the audit hash chain of the configured database and exits 1 if it is broken.
 */

import { formatNumber } from '@thidua/shared';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { verifyChain } from './audit.service.ts';

const config = loadConfig();
const database = await openDatabase(
  config.databaseUrl ? { databaseUrl: config.databaseUrl, pgliteDir: '' } : { pgliteDir: config.pgliteDir },
);
try {
  const r = await verifyChain(database.db);
  if (r.ok) {
    console.log(`Chuỗi nhật ký toàn vẹn: đã kiểm tra ${formatNumber(r.checked)} bản ghi.`);
  } else {
    console.error(
      `Chuỗi nhật ký bị phá vỡ tại bản ghi số ${r.firstBrokenSeq}: ${r.problem} (đã kiểm tra ${r.checked}).`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
