import type { PublicCampaign } from '@thidua/shared';
import { Link } from 'react-router-dom';
import { formatDay, formatNumber } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';

/** The campaign's disclosures of proposed awards (each links to its page with the comment form). */
export function CampaignDisclosures({ items }: { items: PublicCampaign['disclosures'] }) {
  const { t } = usePortalT();
  if (items.length === 0) return <p className="portal-muted">{t('disclosuresEmpty')}</p>;
  return (
    <ul className="portal-list">
      {items.map((d) => (
        <li key={d.id} className="pub-card" data-testid="campaign-disclosure">
          <h3>
            <Link to={`/cong-khai/${d.id}`}>{d.title}</Link>
          </h3>
          <p className="portal-line">
            <span>{t('disclosurePeriod', { from: formatDay(d.startsOn), to: formatDay(d.endsOn) })}</span>
            <span>{t('disclosureNominees', { formatted: formatNumber(d.nominees) })}</span>
            <strong className={d.open ? 'portal-open' : 'portal-muted'}>
              {t(d.open ? 'disclosureOpen' : 'disclosureClosed')}
            </strong>
          </p>
          <Link to={`/cong-khai/${d.id}`} aria-label={t('disclosureViewNamed', { title: d.title })}>
            {t('disclosureView')} →
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The award decisions issued under the campaign, each with its awardees (public by law). */
export function CampaignDecisions({ items }: { items: PublicCampaign['decisions'] }) {
  const { t } = usePortalT();
  if (items.length === 0) return <p className="portal-muted">{t('decisionsEmpty')}</p>;
  return (
    <>
      {items.map((d) => (
        <div key={d.reference} className="pub-card" data-testid="campaign-decision">
          <h3>{t('decisionHead', { reference: d.reference, date: formatDay(d.signedOn) })}</h3>
          <p className="portal-muted">{t('decisionSigner', { name: d.signerName })}</p>
          <section
            className="pub-table-wrap"
            aria-label={t('decisionCaption', { reference: d.reference })}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
            tabIndex={0}
          >
            <table className="pub-table">
              <caption className="portal-sr-only">{t('decisionCaption', { reference: d.reference })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('awardeeNo')}</th>
                  <th scope="col">{t('awardeeName')}</th>
                  <th scope="col">{t('awardeeKind')}</th>
                  <th scope="col">{t('awardeeAward')}</th>
                </tr>
              </thead>
              <tbody>
                {d.awardees.map((a, n) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the decision's own order; names may repeat.
                  <tr key={n}>
                    <td className="pub-num">{n + 1}</td>
                    <th scope="row">{a.name}</th>
                    <td>{t(a.collective ? 'collective' : 'individual')}</td>
                    <td>{a.award}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      ))}
    </>
  );
}
