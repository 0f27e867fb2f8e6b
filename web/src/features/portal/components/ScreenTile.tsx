import type { PublicIndicator } from '@thidua/shared';
import { fmtCompletion, fmtGoal, fmtValue } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { StatusText } from './StatusText.tsx';

/**
 * One indicator on the office screen, read from across the room: the figure and the completion large, the bar,
 * then the goal, the status in words and how many units reported, smaller.
 */
export function ScreenTile({ indicator: i, level }: { indicator: PublicIndicator; level: 'city' | 'ward' }) {
  const { t } = usePortalT();
  const value = fmtValue(i, i.value);
  // The number large, its unit at reading size ("334.598 triệu đồng"); % and ‰ stay with the number.
  const unit = /[%‰]$/.test(value) ? '' : i.unitOfMeasure.trim();
  const pct = fmtCompletion(i.completion);
  return (
    <li className="tile" data-testid="public-indicator" data-code={i.code}>
      <h2 className="tile-name" title={`${i.code} ${i.name}`}>
        <span className="portal-ind-code">{i.code}</span> {i.name}
      </h2>
      <div className="tile-main">
        <p className="tile-value">
          <span className="tile-label">{t('current')} </span>
          <span data-testid="indicator-value">
            {value ? (
              <>
                <strong>{value}</strong>
                {unit && <span className="tile-unit"> {unit}</span>}
                {i.isEstimate && <span className="portal-estimate"> {t('estimate')}</span>}
              </>
            ) : (
              <span className="tile-none">{t('noValue')}</span>
            )}
          </span>
        </p>
        {pct && (
          <p className="tile-pct" aria-hidden="true">
            {pct}
          </p>
        )}
      </div>
      <ProgressBar
        completion={i.completion}
        status={i.status}
        label={`${i.code} ${i.name}`}
        showText={false}
      />
      <p className="tile-foot">
        <span>
          {t('goal')}: {fmtGoal(i, t)}
        </span>
        {i.value !== null && <StatusText status={i.status} />}
      </p>
      <p className="tile-count">{t(`reported.${level}`, { reported: i.reported, expected: i.expected })}</p>
    </li>
  );
}
