import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Clock } from './util/time.ts';

/** What services need from the outside world; built once in app.ts, replaced piecewise in tests. */
export interface Deps {
  database: Database;
  config: Config;
  clock: Clock;
}
