import { defaultPeriod, type ReportingPeriod } from '@thidua/shared';
import { AppError } from '../http/errors.ts';

/**
 * The period asked for (400 UPWARD_PERIOD_UNKNOWN when it is not the campaign's), or the default one: the latest
 * started period with figures (`withData`), else the latest started, else the first.
 */
export function pickPeriod(
  periods: ReportingPeriod[],
  periodId: string | undefined,
  today: string,
  withData: Set<string> = new Set(),
  path = 'querystring.periodId',
): ReportingPeriod {
  if (periodId) {
    const p = periods.find((x) => x.id === periodId);
    if (!p)
      throw new AppError('UPWARD_PERIOD_UNKNOWN', [
        { path, message: `Kỳ ${periodId} không thuộc đợt thi đua` },
      ]);
    return p;
  }
  const chosen = defaultPeriod(periods, today, withData);
  if (!chosen)
    throw new AppError('UPWARD_PERIOD_UNKNOWN', [
      { path, message: 'Đợt thi đua chưa có kỳ báo cáo (chưa có thời gian thực hiện)' },
    ]);
  return chosen;
}
