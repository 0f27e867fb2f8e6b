/**
 * Short-lived memos of what every read first asks the database (ADR 0010): the session behind a cookie and the
 * fingerprints the response caches are checked against. A memo holds only while no state-changing request has
 * started or ended in this process since it was taken (the write epoch) and for at most `ttlMs`. So a change made
 * through the API shows on the very next read, as before; one made behind the API's back (psql, a restore) shows
 * within `ttlMs` (THIDUA_READ_CACHE_MS, default 1.000 ms). 0 turns memos off: the tests, which change rows by SQL.
 *
 * The epoch is read before the value is loaded, so a write that overlaps a load always leaves the memo stale.
 */
let epoch = 0;
let ttlMs = 0;
const memos = new Map<string, { value: unknown; epoch: number; at: number }>();
const MAX_MEMOS = 20_000;

export function setReadMemoMs(ms: number): void {
  ttlMs = ms;
  memos.clear();
}

export const readMemoMs = () => ttlMs;

/** Called when a state-changing request starts and when it ends. */
export function bumpWriteEpoch(): void {
  epoch++;
}

/** The memo for `key` if it is still good, else `load()` (kept when `keep` says so). */
export async function readMemo<T>(
  key: string,
  load: () => Promise<T>,
  keep: (v: T) => boolean = () => true,
): Promise<T> {
  if (ttlMs <= 0) return load();
  const m = memos.get(key);
  if (m && m.epoch === epoch && Date.now() - m.at < ttlMs) return m.value as T;
  const taken = { epoch, at: Date.now() };
  const value = await load();
  if (keep(value)) {
    memos.delete(key);
    memos.set(key, { value, ...taken });
    if (memos.size > MAX_MEMOS) memos.delete(memos.keys().next().value as string);
  } else memos.delete(key);
  return value;
}
