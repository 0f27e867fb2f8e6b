/**
 * Load and soak, long form: the bundle (build first: `npm run build`) under mixed reads and writes on loopback.
 *   npx tsx bench/soak.ts [--seconds 300] [--readers 16]     (DATABASE_URL set: on PostgreSQL)
 * Prints requests per second, errors, read and write latencies, and the server's memory over time.
 */
import { describeLoad, runLoad } from '../e2e/support/load.ts';

const args = process.argv.slice(2);
const arg = (n: string, d: number) => (args.includes(n) ? Number(args[args.indexOf(n) + 1]) : d);
const r = await runLoad({ seconds: arg('--seconds', 300), readers: arg('--readers', 16), warmupSeconds: 30 });
console.log(`${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'} — soak`);
console.log(describeLoad(r));
console.log(`RSS samples (MB, every second): ${r.rss.samples.join(' ')}`);
if (r.errors.length) {
  console.log('first errors:', r.errors.slice(0, 10));
  process.exitCode = 1;
}
