/**
 * A bare Fastify (the server workspace's own copy) with one route, GET /bare, answering fixed bytes and headers:
 * the "physical limit" a read route's requests per second is compared with. Started by `startBareFastify` in
 * bench/load-tools.ts with fork(); over IPC it receives `{ type: 'start', body, headers }`, answers
 * `{ type: 'ready', port }`, answers `{ type: 'stats', resetPeak }` with the connections and requests it has seen, and
 * closes on `{ type: 'stop' }` or when the parent goes away.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../../server/package.json', import.meta.url));
const { default: Fastify } = await import(pathToFileURL(require.resolve('fastify')).href);

let app = null;
let requests = 0;
let connections = 0;
let open = 0;
let peakOpen = 0;

process.on('disconnect', () => process.exit(0));
process.on('message', async (m) => {
  if (m.type === 'start') {
    const body = Buffer.from(m.body.buffer, m.body.byteOffset, m.body.byteLength);
    const headers = m.headers;
    app = Fastify({ logger: false });
    app.get('/bare', (_req, reply) => {
      requests++;
      reply.headers(headers).send(body);
    });
    app.server.on('connection', (socket) => {
      connections++;
      open++;
      if (open > peakOpen) peakOpen = open;
      socket.on('close', () => open--);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    process.send({ type: 'ready', port: app.server.address().port });
  } else if (m.type === 'stats') {
    process.send({ type: 'stats', requests, connections, open, peakOpen });
    if (m.resetPeak) peakOpen = open;
  } else if (m.type === 'stop') {
    await app?.close();
    process.exit(0);
  }
});
