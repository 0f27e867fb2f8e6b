/**
 * Load tools (issue 10): a route under concurrent load from a second process (autocannon), a bare Fastify serving
 * the same bytes as the physical limit to compare with, and many clients each looping on its own work in this
 * process (e.g. 200 reporters each saving its own report). Latencies in milliseconds.
 *
 * The child scripts live in bench/load/ and run on plain node (no tsx), so they start fast and measure nothing
 * of this process.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { pct } from './support.ts';

const script = (name: string) => fileURLToPath(new URL(`./load/${name}`, import.meta.url));

export interface AutocannonResult {
  /** Responses received (any status). */
  requests: number;
  /** `requests` / the run's duration — non-2xx responses included, so check `non2xx` and `errors`. */
  rps: number;
  /** Exact percentiles of every response's time (ms), not autocannon's whole-millisecond histogram. */
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Response bytes received (headers included). */
  bytes: number;
}

/** Runs autocannon against `url` for `seconds` with `connections` keep-alive connections, in a child process. */
export function runAutocannon(o: {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
}): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script('autocannon-child.mjs')], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon child exited ${code}: ${err.trim()}`));
      try {
        resolve(JSON.parse(out) as AutocannonResult);
      } catch {
        reject(new Error(`autocannon child: unreadable output ${JSON.stringify(out.slice(0, 200))} ${err}`));
      }
    });
    child.stdin.end(JSON.stringify(o));
  });
}

/** Headers that belong to one connection or one response, not to the content; never replayed. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

/** A route's response as bytes and content headers (hop-by-hop ones dropped), to replay with `startBareFastify`. */
export async function captureResponse(url: string, headers: Record<string, string> = {}) {
  const r = await fetch(url, { headers });
  if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
  const body = Buffer.from(await r.arrayBuffer());
  const out: Record<string, string> = {};
  r.headers.forEach((v, k) => {
    // fetch decodes content-encoding; the bytes kept are the decoded ones.
    if (!HOP_BY_HOP.has(k) && k !== 'content-encoding' && k !== 'set-cookie') out[k] = v;
  });
  return { body, headers: out };
}

export interface BareStats {
  requests: number;
  /**
   * Connections accepted in all, open now, and most open at once since the start or the last `stats(true)` (shows
   * the clients really ran in parallel). Idle keep-alive connections count as open.
   */
  connections: number;
  open: number;
  peakOpen: number;
}

/**
 * Starts, in a child process, a bare Fastify (the server workspace's) on 127.0.0.1 with one route GET /bare that
 * answers exactly `body` with `headers` (connection-level headers such as content-length are Fastify's own).
 * `url` is the route's full address.
 */
export async function startBareFastify(o: {
  body: Buffer | string;
  headers: Record<string, string>;
}): Promise<{ url: string; stats(resetPeak?: boolean): Promise<BareStats>; stop(): Promise<void> }> {
  const child: ChildProcess = fork(script('bare-fastify.mjs'), [], {
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <M>(type: string) =>
    new Promise<M>((resolve, reject) => {
      const onMessage = (m: { type: string }) => {
        if (m.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as M);
      };
      const onExit = (code: number | null) => {
        child.off('message', onMessage);
        reject(new Error(`bare Fastify exited (${code}) before '${type}'`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const headers = Object.fromEntries(
    Object.entries(o.headers).filter(([k]) => !HOP_BY_HOP.has(k.toLowerCase())),
  );
  const ready = next<{ port: number }>('ready');
  child.send({ type: 'start', body: Buffer.from(o.body), headers });
  const { port } = await ready;
  return {
    url: `http://127.0.0.1:${port}/bare`,
    async stats(resetPeak = false) {
      const m = next<BareStats & { type: string }>('stats');
      child.send({ type: 'stats', resetPeak });
      const { type: _, ...s } = await m;
      return s;
    },
    async stop() {
      if (child.exitCode === null && child.connected) child.send({ type: 'stop' });
      await exited;
    },
  };
}

export interface ClientsResult {
  /** Steps finished (failed ones included). */
  n: number;
  /** `n` / the wall time until the last step finished — failed steps included, so check `errors`. */
  rps: number;
  /** Percentiles (ms) of every step's time, failed ones included. */
  p50: number;
  p95: number;
  p99: number;
  /** Steps that answered `ok: false` or threw. */
  errors: number;
  /** Up to 10 distinct error messages (`status 409`, or what was thrown). */
  errorSamples: string[];
  /** Most steps in flight at once in this process. */
  concurrency: number;
}

/**
 * Runs every client in its own loop, all at once, for `seconds`: each calls `step(client, i)` with i = 0, 1, 2…
 * (its own iteration count) until time is up; steps in flight then finish and count. Steps really run in parallel
 * with global fetch (Node's undici Agent has no per-origin connection limit, so it opens up to about twice as many
 * keep-alive connections as clients, kept open while idle) or with `httpClient(clients.length)` (exactly one
 * connection per client, less CPU per request in this process). The step should read the response body to the end.
 */
export async function concurrentClients<T>(o: {
  clients: T[];
  seconds: number;
  step: (client: T, i: number) => Promise<{ ok: boolean; status: number }>;
  /** A pause before each step (not timed): a person's think time between two saves. */
  thinkMs?: () => number;
}): Promise<ClientsResult> {
  const lat: number[] = [];
  const errorSamples = new Set<string>();
  let errors = 0;
  let inFlight = 0;
  let concurrency = 0;
  const fail = (msg: string) => {
    errors++;
    if (errorSamples.size < 10) errorSamples.add(msg);
  };
  const t0 = performance.now();
  const deadline = t0 + o.seconds * 1000;
  await Promise.all(
    o.clients.map(async (client) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const think = o.thinkMs?.() ?? 0;
        if (think > 0) await new Promise((r) => setTimeout(r, think));
        if (performance.now() >= deadline) break;
        inFlight++;
        if (inFlight > concurrency) concurrency = inFlight;
        const a = performance.now();
        try {
          const r = await o.step(client, i);
          if (!r.ok) fail(`status ${r.status}`);
        } catch (e) {
          fail(e instanceof Error ? `${e.message}${e.cause ? ` (${String(e.cause)})` : ''}` : String(e));
        } finally {
          lat.push(performance.now() - a);
          inFlight--;
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const n = lat.length;
  return {
    n,
    rps: n / seconds,
    p50: n ? pct(lat, 50) : 0,
    p95: n ? pct(lat, 95) : 0,
    p99: n ? pct(lat, 99) : 0,
    errors,
    errorSamples: [...errorSamples],
    concurrency,
  };
}

/**
 * A keep-alive node:http client with at most `maxSockets` connections per host — lighter than fetch for many
 * concurrent clients. `request` reads the whole body; `close` drops the connections.
 */
export function httpClient(maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return {
    request(
      url: string,
      o: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
    ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
      return new Promise((resolve, reject) => {
        const req = http.request(url, { agent, method: o.method ?? 'GET', headers: o.headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(o.body);
      });
    },
    close() {
      agent.destroy();
    },
  };
}
