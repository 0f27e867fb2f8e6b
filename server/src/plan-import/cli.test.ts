/** The import-plan CLI: JSON on stdout for a plan, exit 1 with the Vietnamese message for a bad file. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLAN_IMPORT_ERRORS } from './errors.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const PLAN = fileURLToPath(
  new URL('../../../docs/plans/ke-hoach-thi-dua-dong-hai-2025.txt', import.meta.url),
);
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: '' },
  });

describe('import-plan CLI', () => {
  it('prints the draft as JSON', () => {
    const r = run(PLAN);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.draft.indicators).toHaveLength(29);
    expect(out.source.fileName).toBe('ke-hoach-thi-dua-dong-hai-2025.txt');
  });

  it('prints a one-line-per-indicator summary with --summary', () => {
    const r = run(PLAN, '--summary');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CT17A');
    expect(r.stdout).toContain('36692 triệu đồng');
  });

  it('exits 1 with the message and code for a bad file, and for a missing one', () => {
    const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-')), 'trong.txt');
    fs.writeFileSync(empty, '');
    const r = run(empty);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(PLAN_IMPORT_ERRORS.PLAN_IMPORT_EMPTY.message);
    expect(r.stderr).toContain('PLAN_IMPORT_EMPTY');
    expect(r.stdout).toBe('');
    const missing = run(path.join(path.dirname(empty), 'khong-co.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không mở được tệp');
  });

  it('explains its usage without a file', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Cách dùng');
  });
});
