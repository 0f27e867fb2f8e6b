import type { PublicCampaign } from '@thidua/shared';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../../lib/api.ts';
import { PublicShell } from '../../disclosure/components/PublicShell.tsx';
import { usePublicCampaign } from '../hooks/usePortal.ts';
import { fmtCampaignDates, fmtUpdated } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';
import { CampaignDecisions, CampaignDisclosures } from './CampaignAwards.tsx';
import { IndicatorCard } from './IndicatorCard.tsx';
import { PublicNotFound } from './PublicNotFound.tsx';
import { WardTable } from './WardTable.tsx';
import '../portal.css';

/**
 * /cong-khai/dot-thi-dua/:id?periodId= — public, no sign-in, read-only: the campaign's heading, the published
 * indicators at a period, each ward (city campaign), the disclosures and the decisions. Plain HTML and CSS only:
 * it has to open fast on a phone.
 */
export default function PublicCampaignPage() {
  const { t } = usePortalT();
  const id = Number(useParams().id);
  const [search, setSearch] = useSearchParams();
  const periodId = search.get('periodId') ?? undefined;
  const query = usePublicCampaign(id, periodId);
  const valid = Number.isInteger(id) && id > 0;

  if (!valid || (isApiError(query.error) && query.error.status === 404)) return <PublicNotFound />;
  if (query.isError && !query.data)
    return (
      <PublicShell title={t('loadFailed')}>
        <div className="pub-sheet" role="alert">
          <h1 className="portal-h1">{t('loadFailed')}</h1>
          <p>{query.error.message}</p>
          <button type="button" className="portal-button" onClick={() => void query.refetch()}>
            {t('retry')}
          </button>
        </div>
      </PublicShell>
    );
  if (!query.data)
    return (
      <PublicShell>
        <div className="pub-sheet portal-loading" aria-busy="true">
          <p>{t('screen.loading')}</p>
        </div>
      </PublicShell>
    );
  return (
    <CampaignView
      data={query.data}
      loading={query.isFetching}
      onPeriod={(p) => setSearch(p ? { periodId: p } : {}, { replace: true })}
    />
  );
}

function CampaignView({
  data,
  loading,
  onPeriod,
}: {
  data: PublicCampaign;
  loading: boolean;
  onPeriod: (periodId: string) => void;
}) {
  const { t } = usePortalT();
  const c = data.campaign;
  const dates = fmtCampaignDates(c, t);
  return (
    <PublicShell title={c.title}>
      <nav aria-label={t('crumbs')} className="portal-crumbs">
        <Link to="/cong-khai">← {t('backToList')}</Link>
      </nav>
      <article className="pub-sheet" aria-labelledby="portal-title">
        <header className="portal-head">
          <p className="portal-issuer">{c.issuer.toLocaleUpperCase('vi')}</p>
          <h1 id="portal-title" className="portal-h1">
            {c.title}
          </h1>
          <p className="portal-meta">
            {c.reference && <span>{t('reference', { reference: c.reference })}</span>}
            {dates && <span>{dates}</span>}
            <span className={`portal-pill portal-pill-${c.status}`}>{t(`status.${c.status}`)}</span>
          </p>
        </header>

        <div className="portal-toolbar">
          <label className="portal-field">
            <span>{t('period')}</span>
            <select
              value={data.period.id}
              onChange={(e) => onPeriod(e.target.value)}
              data-testid="period-select"
            >
              {data.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <p className="portal-updated" aria-live="polite" data-testid="updated-at">
            {loading ? t('screen.refreshing') : t('updatedAt', { time: fmtUpdated(data.generatedAt) })}
          </p>
        </div>

        <section aria-labelledby="portal-ind-title">
          <h2 id="portal-ind-title" className="portal-h2">
            {t('indicatorsTitle')}
          </h2>
          {data.indicators.length === 0 ? (
            <p className="portal-muted">{t('indicatorsEmpty')}</p>
          ) : (
            <>
              <p className="portal-intro">{t('indicatorsIntro')}</p>
              <ul className="portal-ind-grid">
                {data.indicators.map((i) => (
                  <IndicatorCard key={i.code} indicator={i} level={c.level} />
                ))}
              </ul>
            </>
          )}
        </section>

        {c.level === 'city' && data.wards.length > 0 && data.indicators.length > 0 && (
          <section aria-labelledby="portal-wards-title">
            <h2 id="portal-wards-title" className="portal-h2">
              {t('wardsTitle')}
            </h2>
            <WardTable wards={data.wards} indicators={data.indicators} periodLabel={data.period.label} />
          </section>
        )}
      </article>

      <section className="pub-sheet" aria-labelledby="portal-disc-title">
        <h2 id="portal-disc-title" className="portal-h2 portal-h2-first">
          {t('disclosuresTitle')}
        </h2>
        <CampaignDisclosures items={data.disclosures} />
      </section>

      <section className="pub-sheet" aria-labelledby="portal-dec-title">
        <h2 id="portal-dec-title" className="portal-h2 portal-h2-first">
          {t('decisionsTitle')}
        </h2>
        <CampaignDecisions items={data.decisions} />
      </section>
    </PublicShell>
  );
}
