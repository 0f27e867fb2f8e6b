import type { PublicIndicator } from '@thidua/shared';
import { fmtGoal, fmtWithUnit } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { StatusText } from './StatusText.tsx';

/**
 * One published indicator on the public page: code and name, the figure so far ("(ước)" when estimated), the
 * goal, completion as a bar with its percentage, the status in words, and how many units' reports it counts.
 */
export function IndicatorCard({
  indicator: i,
  level,
}: {
  indicator: PublicIndicator;
  level: 'city' | 'ward';
}) {
  const { t } = usePortalT();
  const value = fmtWithUnit(i, i.value);
  return (
    <li className="portal-ind" data-testid="public-indicator" data-code={i.code}>
      <h3 className="portal-ind-name">
        <span className="portal-ind-code">{i.code}</span> {i.name}
      </h3>
      <dl className="portal-ind-figures">
        <div>
          <dt>{t('current')}</dt>
          <dd className="portal-ind-value" data-testid="indicator-value">
            {value ? (
              <>
                {value}
                {i.isEstimate && <span className="portal-estimate"> {t('estimate')}</span>}
              </>
            ) : (
              <span className="portal-muted">{t('noValue')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('goal')}</dt>
          <dd data-testid="indicator-goal">{fmtGoal(i, t)}</dd>
        </div>
      </dl>
      <ProgressBar completion={i.completion} status={i.status} label={`${i.code} ${i.name}`} />
      <div className="portal-ind-foot">
        {/* Without a figure the value already says "Chưa có số liệu" (and the bar's text for screen readers). */}
        {i.value === null ? <span /> : <StatusText status={i.status} />}
        <span className="portal-muted">
          {t(`reported.${level}`, { reported: i.reported, expected: i.expected })}
        </span>
      </div>
    </li>
  );
}
