/**
 * The period a view opens on when none is asked for: the latest one that has started and has figures, else the
 * latest that has started, else the first. (A campaign's next period has started but usually has no figures yet;
 * opening on it would show an empty page.)
 */
export function defaultPeriod<P extends { id: string; start: string }>(
  periods: P[],
  today: string,
  withData: Set<string>,
): P | undefined {
  const started = periods.filter((p) => p.start <= today);
  return [...started].reverse().find((p) => withData.has(p.id)) ?? started.at(-1) ?? periods[0];
}
