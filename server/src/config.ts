import path from 'node:path';
import { z } from 'zod';

const Bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  THIDUA_DATA_DIR: z.string().min(1).default('./data'),
  SMTP_URL: z.string().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: Bool.describe('Set Secure on the session cookie (enable behind HTTPS)'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  THIDUA_SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  THIDUA_SEED_DEMO_REPORTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  THIDUA_EVIDENCE_STORAGE: z.enum(['disk', 'db']).default('disk'),
  THIDUA_REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(60),
  THIDUA_PUBLIC_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(240),
  THIDUA_SEED_DEMO_CITY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  THIDUA_DEMO_CITY_WARDS: z.coerce.number().int().min(0).max(500).default(12),
  THIDUA_DEMO_CITY_SEED: z.coerce.number().int().min(0).default(2025),
  // How long a read may reuse the session and the cache fingerprints it looked up (http/read-memo.ts); 0 = never.
  THIDUA_READ_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Absolute data directory; PGlite keeps its database in `<dataDir>/pglite`. */
  dataDir: string;
  smtpUrl: string | undefined;
  env: 'development' | 'production' | 'test';
  logLevel: string;
  cookieSecure: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  seedDemo: boolean;
  /** With the demo: the units' reports for September–November 2025. */
  seedDemoReports: boolean;
  bodyLimit: number;
  /** Where evidence files live: `<dataDir>/evidence` (default) or inside the database. */
  evidenceStorage: 'disk' | 'db';
  /** How often the reminder and e-mail worker runs (0 = never; tests call it directly). */
  reminderIntervalMinutes: number;
  /** Requests per minute one address may make to the public portal's API (then 429 RATE_LIMITED). */
  publicRatePerMinute: number;
  readCacheMs: number;
  /** With the demo: the city's indicators, Đông Hải's links to them, generated wards and the portal settings. */
  seedDemoCity: boolean;
  /** With the demo: how many generated wards of Hải Phòng report to the city beside Đông Hải (0 = none). */
  demoCityWards: number;
  /** The generator's seed: the same seed gives the same wards and figures. */
  demoCitySeed: number;
  /** `memory://` keeps PGlite in memory (tests). */
  pgliteDir: string;
};

/** Parses the environment once at start; an invalid value stops the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.THIDUA_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    smtpUrl: e.SMTP_URL,
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    seedDemo: e.THIDUA_SEED_DEMO,
    seedDemoReports: e.THIDUA_SEED_DEMO && e.THIDUA_SEED_DEMO_REPORTS,
    bodyLimit: e.BODY_LIMIT_BYTES,
    evidenceStorage: e.THIDUA_EVIDENCE_STORAGE,
    reminderIntervalMinutes: e.THIDUA_REMINDER_INTERVAL_MINUTES,
    publicRatePerMinute: e.THIDUA_PUBLIC_RATE_PER_MINUTE,
    readCacheMs: e.THIDUA_READ_CACHE_MS,
    seedDemoCity: e.THIDUA_SEED_DEMO && e.THIDUA_SEED_DEMO_CITY,
    demoCityWards: e.THIDUA_DEMO_CITY_WARDS,
    demoCitySeed: e.THIDUA_DEMO_CITY_SEED,
    pgliteDir: path.join(dataDir, 'pglite'),
  };
}
