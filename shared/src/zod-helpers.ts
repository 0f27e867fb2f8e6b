/**
 * Create-schemas are built as `Base.partial(maskOf(DEFAULTS)).transform(fill)`: keys with defaults become optional
 * and take their default when absent. The base itself has no `.default()`, so `Base.partial()` is a true partial
 * update that never resets a field the caller did not mention (zod applies inner defaults even under `.partial()`).
 */
export function maskOf<T extends object>(defaults: T): { [K in keyof T]: true } {
  return Object.fromEntries(Object.keys(defaults).map((k) => [k, true])) as { [K in keyof T]: true };
}
