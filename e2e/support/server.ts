/**
 * Starts the real bundled server (server/dist/main.js, built by `npm test`) on a free port with its own
 * data directory (or a fresh PostgreSQL database when DATABASE_URL is set), and Debian's Chromium.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { freshPostgres } from '../../server/src/test/harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHOTS = path.join(ROOT, 'e2e/screenshots');

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  /** Everything the server wrote to stdout and stderr so far (warnings and errors at the default level). */
  output(): string;
}

export async function startServer(): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-'));
  const pg = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
  const s = await spawnServer({ dataDir, databaseUrl: pg?.url ?? '' });
  return {
    url: s.url,
    output: s.output,
    async stop() {
      await s.stop();
      await pg?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface SpawnedServer {
  url: string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL (kill -9) and wait for the exit: no shutdown code runs. */
  kill9(): Promise<void>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  pid: number;
}

/** Starts the bundle on a given data directory / database (kept after it stops, so it can be started again). */
export async function spawnServer(o: {
  dataDir: string;
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<SpawnedServer> {
  const main = path.join(ROOT, 'server/dist/main.js');
  if (!fs.existsSync(main)) throw new Error('server/dist/main.js is missing: run `npm run build` first');
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      THIDUA_DATA_DIR: o.dataDir,
      DATABASE_URL: o.databaseUrl,
      LOG_LEVEL: 'warn',
      ...o.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((r) => child.once('exit', r));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const health = await fetch(`${url}/api/health`);
  if (!health.ok) throw new Error(`health check failed: ${health.status}`);
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    output: () => output,
    pid: child.pid ?? 0,
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export function shot(name: string): string {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, `${name}.png`);
}

/** Whether some element with this text is visible now (false rather than an error when it is not there). */
export function textVisible(page: import('playwright-core').Page, text: string | RegExp, exact = false) {
  // Any visible match counts: a closed dropdown or an off-screen tab may keep a hidden copy of the text first.
  return page
    .getByText(text, { exact })
    .filter({ visible: true })
    .first()
    .isVisible()
    .catch(() => false);
}
