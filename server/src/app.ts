import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { Health } from '@thidua/shared';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { type LimitOptions, LoginLimiter } from './auth/rate-limit.ts';
import { campaignRoutes } from './campaigns/campaigns.routes.ts';
import { cityRoutes } from './city/city.routes.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import type { Deps } from './deps.ts';
import { documentRoutes } from './documents/documents.routes.ts';
import { evaluationRoutes } from './evaluation/evaluation.routes.ts';
import { exchangeRoutes } from './exchange/exchange.routes.ts';
import { frameworkErrors, installErrorHandling } from './http/error-handler.ts';
import { setReadMemoMs } from './http/read-memo.ts';
import { installSession } from './http/session.ts';
import type { App } from './http/types.ts';
import { notificationRoutes } from './notifications/notifications.routes.ts';
import { orgRoutes } from './org/org.routes.ts';
import { planImportRoutes } from './plan-import/plan-import.routes.ts';
import { publicRoutes } from './public/public.routes.ts';
import { reportRoutes } from './reports/reports.routes.ts';
import { seedAwardCatalogueIfEmpty } from './rewards/catalogue.ts';
import { rewardsRoutes } from './rewards/rewards.routes.ts';
import { scheduleRoutes } from './schedules/schedules.routes.ts';
import { seedDemoIfEmpty } from './seed/seed.ts';
import { seedDemoCampaignsIfMissing } from './seed/seed-campaigns.ts';
import { seedDemoCityIfMissing } from './seed/seed-city.ts';
import { seedDemoPeopleIfMissing } from './seed/seed-people.ts';
import { seedDemoReportsIfMissing } from './seed/seed-reports.ts';
import { userRoutes } from './users/users.routes.ts';
import { type Clock, systemClock } from './util/time.ts';
import { APP_VERSION } from './version.ts';

/** The built web app: web/dist beside server/ (same relative place from src/ and from the dist/ bundle). */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Opens the database, applies migrations and loads the demo data when empty. */
export async function prepareDatabase(
  config: Config,
  clock: Clock = systemClock,
): Promise<{ database: Database; migration: number; seeded: boolean }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
  try {
    const { version } = await migrate(database.raw);
    const deps = { database, config, clock };
    await seedAwardCatalogueIfEmpty(deps);
    const seeded = config.seedDemo ? await seedDemoIfEmpty(deps) : false;
    if (config.seedDemo) await seedDemoCampaignsIfMissing(deps);
    if (config.seedDemo) await seedDemoPeopleIfMissing(deps);
    if (config.seedDemoReports) await seedDemoReportsIfMissing(deps);
    if (config.seedDemoCity) await seedDemoCityIfMissing(deps);
    return { database, migration: version, seeded };
  } catch (e) {
    await database.close();
    throw e;
  }
}

export interface BuildOptions {
  config: Config;
  database: Database;
  migration: number;
  clock?: Clock;
  loginLimits?: LimitOptions;
  logger?: boolean;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
// AntD writes its styles at run time, hence 'unsafe-inline' for styles only.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** Builds the Fastify app (no listen): API under /api, OpenAPI at /api/docs, the web app at /. */
export async function buildApp(opts: BuildOptions): Promise<{ app: App; deps: Deps }> {
  const { config } = opts;
  const deps: Deps = { database: opts.database, config, clock: opts.clock ?? systemClock };
  setReadMemoMs(config.readCacheMs);
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    frameworkErrors,
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
          },
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'ThiĐua API',
        description:
          'Quản lý thi đua – khen thưởng. Errors: `{ error: { code, message, details[] } }`. State-changing requests need the `x-csrf-token` header from `/api/auth/me`.',
        version: APP_VERSION,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'thidua_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  installErrorHandling(app);
  installSession(app, deps);
  app.addHook('onSend', async (req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (!req.url.startsWith('/api/docs')) reply.header('content-security-policy', CSP);
    // API answers are private and fresh unless a route says otherwise (the public portal's are cacheable).
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });

  app.get(
    '/api/health',
    { schema: { tags: ['system'], security: [], response: { 200: Health } } },
    async () => ({
      status: 'ok' as const,
      database: deps.database.kind,
      migration: opts.migration,
      version: APP_VERSION,
    }),
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  authRoutes(app, deps, new LoginLimiter(deps.clock, opts.loginLimits));
  orgRoutes(app, deps);
  userRoutes(app, deps);
  auditRoutes(app, deps);
  campaignRoutes(app, deps);
  planImportRoutes(app, deps);
  reportRoutes(app, deps);
  scheduleRoutes(app, deps);
  evaluationRoutes(app, deps);
  rewardsRoutes(app, deps);
  documentRoutes(app, deps);
  notificationRoutes(app, deps);
  cityRoutes(app, deps);
  publicRoutes(app, deps);
  exchangeRoutes(app, deps);

  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    const assets = path.join(WEB_DIST, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      // The build writes .br / .gz twins of the text assets (web/vite.config.ts): sent to browsers that accept them.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      // Hashed file names: cached for good.
      setHeaders: (reply, file) => {
        if (file.startsWith(assets)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
    const index = fs.readFileSync(path.join(WEB_DIST, 'index.html'));
    app.get('/*', { schema: { hide: true } }, async (req, reply) => {
      if (req.url.startsWith('/api/') || req.url === '/api') return reply.callNotFound();
      const rel = decodeURIComponent(req.url.split('?')[0] ?? '/');
      const file = path.join(WEB_DIST, rel);
      if (rel !== '/' && file.startsWith(WEB_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        if (rel.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
        return reply.sendFile(rel.slice(1));
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    });
  }
  return { app, deps };
}
