import type { ProgressStatus } from '@thidua/shared';
import { barPercent, fmtCompletion, STATUS_COLOR } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';

/**
 * Completion as a bar that assistive technology reads too (value and words), with the percentage written beside
 * it: never colour alone.
 */
export function ProgressBar({
  completion,
  status,
  label,
  showText = true,
}: {
  completion: number | null;
  status: ProgressStatus;
  /** What the bar measures, e.g. "CT01 Hộ gia đình văn hoá". */
  label: string;
  /** False when the percentage is written elsewhere (the office screen's tiles). */
  showText?: boolean;
}) {
  const { t } = usePortalT();
  const pct = barPercent(completion);
  const text = fmtCompletion(completion);
  const words = text ? t('completionText', { percent: text }) : t('noCompletion');
  return (
    <div className="portal-progress">
      <div
        className="portal-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${words} – ${t(`progressStatus.${status}`)}`}
      >
        <div className="portal-bar-fill" style={{ width: `${pct}%`, background: STATUS_COLOR[status] }} />
      </div>
      {showText && (
        <span className={text ? 'portal-bar-text' : 'portal-bar-text portal-bar-none'} aria-hidden="true">
          {text || t('noCompletion')}
        </span>
      )}
    </div>
  );
}
