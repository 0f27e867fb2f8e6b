#!/usr/bin/env node
// The README's test command: builds the app (the browser journeys run the real bundle), type-checks and lints
// (one test each), runs every Vitest project (shared, server, e2e) once, and ends with one line:
// "N passed, N failed, N skipped".
// Runs on PGlite by default; with DATABASE_URL set, every database test runs on PostgreSQL instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, '.tmp', `vitest-${process.pid}.json`);
fs.mkdirSync(path.dirname(out), { recursive: true });

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });

const build = run('npm', ['run', 'build', '--silent']);
if (build.status !== 0) {
  console.log('build failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Static checks count as one test each: a type error or a lint error fails the run like a failing test.
const checks = [
  ['typecheck', ['npm', ['run', 'typecheck', '--silent']]],
  ['lint', ['npx', ['biome', 'check', '.']]],
].map(([name, [cmd, args]]) => ({ name, ok: run(cmd, args).status === 0 }));
for (const c of checks) console.log(`${c.ok ? '✓' : '×'} ${c.name}`);

const vitest = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = r.numFailedTests ?? 0;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that fails to load has no failed test but must still count as a failure.
  for (const f of r.testResults ?? [])
    if (f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')) failed++;
} catch {
  failed = Math.max(failed, 1);
}
if (vitest.status !== 0 && failed === 0) failed = 1;
passed += checks.filter((c) => c.ok).length;
failed += checks.filter((c) => !c.ok).length;
fs.rmSync(out, { force: true });
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
