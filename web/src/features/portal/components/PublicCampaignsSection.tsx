import { Link } from 'react-router-dom';
import { usePublicCampaignList } from '../hooks/usePortal.ts';
import { fmtCampaignDates, formatNumber } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';
import '../portal.css';

/** The first block of /cong-khai: the campaigns whose offices publish their progress, each linking to its page. */
export function PublicCampaignsSection() {
  const { t } = usePortalT();
  const list = usePublicCampaignList();
  const items = list.data?.campaigns ?? [];
  return (
    <section className="pub-sheet" aria-labelledby="pub-campaigns-title" data-testid="public-campaigns">
      <h2 id="pub-campaigns-title" className="portal-h2 portal-h2-first">
        {t('campaignsTitle')}
      </h2>
      <p className="portal-intro">{t('campaignsIntro')}</p>
      {list.isPending ? (
        <p className="portal-muted" aria-busy="true">
          {t('screen.loading')}
        </p>
      ) : list.isError ? (
        <div role="alert" className="portal-alert">
          <strong>{t('campaignsLoadFailed')}</strong> {list.error.message}{' '}
          <button type="button" className="portal-button" onClick={() => void list.refetch()}>
            {t('retry')}
          </button>
        </div>
      ) : items.length === 0 ? (
        <p className="portal-muted">{t('campaignsEmpty')}</p>
      ) : (
        <ul className="portal-list">
          {items.map((c) => {
            const href = `/cong-khai/dot-thi-dua/${c.id}`;
            const dates = fmtCampaignDates(c, t);
            return (
              <li key={c.id} className="pub-card" data-testid="public-campaign-item">
                <p className="portal-issuer-small">{c.issuer.toLocaleUpperCase('vi')}</p>
                <h3>
                  <Link to={href}>{c.title}</Link>
                </h3>
                <p className="portal-line">
                  {c.reference && <span>{t('reference', { reference: c.reference })}</span>}
                  <span>{t(`level.${c.level}`)}</span>
                  {dates && <span>{dates}</span>}
                  <span className={`portal-pill portal-pill-${c.status}`}>{t(`status.${c.status}`)}</span>
                </p>
                <p className="portal-line portal-line-end">
                  <span>{t('indicatorCount', { formatted: formatNumber(c.indicatorCount) })}</span>
                  <Link to={href} aria-label={t('viewCampaignNamed', { title: c.title })}>
                    {t('viewCampaign')} →
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
