import type { PublicIndicator, PublicWard } from '@thidua/shared';
import { fmtCompletion, fmtWithUnit } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';
import { StatusText } from './StatusText.tsx';

/**
 * A city campaign's wards × the published indicators: a real table (caption, column and row headers) in a
 * region that scrolls sideways on a phone and can be scrolled with the keyboard.
 */
export function WardTable({
  wards,
  indicators,
  periodLabel,
}: {
  wards: PublicWard[];
  indicators: PublicIndicator[];
  periodLabel: string;
}) {
  const { t } = usePortalT();
  const caption = t('wardsCaption', { period: periodLabel });
  return (
    <>
      <p className="portal-muted portal-scroll-hint">{t('wardsScroll')}</p>
      <section
        className="pub-table-wrap portal-table-wrap"
        aria-label={caption}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        tabIndex={0}
      >
        <table className="pub-table portal-ward-table" data-testid="ward-table">
          {/* Said by screen readers; on screen the section's heading and the period select say the same. */}
          <caption className="portal-sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ward')}</th>
              <th scope="col">{t('submission')}</th>
              {indicators.map((i) => (
                <th scope="col" key={i.code}>
                  <span className="portal-ind-code">{i.code}</span>
                  <span className="portal-th-name">{i.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {wards.map((w) => {
              const cells = new Map(w.cells.map((c) => [c.indicatorCode, c]));
              return (
                <tr key={w.code} data-testid="ward-row">
                  <th scope="row">{w.name}</th>
                  <td>{t(`submissionStatus.${w.submission ?? 'none'}`)}</td>
                  {indicators.map((i) => {
                    const c = cells.get(i.code);
                    const value = c ? fmtWithUnit(i, c.value) : '';
                    return (
                      <td key={i.code} className="portal-cell">
                        {value ? (
                          <span className="portal-cell-value">
                            {value}
                            {c?.isEstimate && <span className="portal-estimate"> {t('estimate')}</span>}
                          </span>
                        ) : (
                          <span className="portal-muted">{t('noValue')}</span>
                        )}
                        {c && (c.completion !== null || c.status !== 'no_data') && (
                          <span className="portal-cell-line">
                            {fmtCompletion(c.completion)}
                            {c.status !== 'no_data' && <StatusText status={c.status} />}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
