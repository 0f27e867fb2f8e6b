import { formatNumber, type PublicDisclosure } from '@thidua/shared';
import { Alert, Button, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { usePublicDisclosure } from '../hooks/usePublicDisclosures.ts';
import { disclosurePhase, periodDays } from '../lib/period.ts';
import { type NomineePick, ObjectionForm } from './ObjectionForm.tsx';
import { PhaseTag } from './PhaseTag.tsx';
import { PublicNominees } from './PublicNominees.tsx';
import { PublicShell } from './PublicShell.tsx';

/**
 * /cong-khai/:id — public, no sign-in: the notice (issuing body, title, dates), the nominees, and the form to
 * send a comment while the period is open. An unknown id shows a friendly "not found".
 */
export default function PublicDisclosurePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const query = usePublicDisclosure(id);
  const notFound =
    !(Number.isInteger(id) && id > 0) || (isApiError(query.error) && query.error.status === 404);

  if (notFound)
    return (
      <PublicShell title={t('disclosure.public.notFoundTitle')}>
        <div className="pub-sheet">
          <Result
            status="404"
            title={<h1 style={{ fontSize: 22, margin: 0 }}>{t('disclosure.public.notFoundTitle')}</h1>}
            subTitle={t('disclosure.public.notFoundDesc')}
            extra={
              <Button type="primary" onClick={() => navigate('/cong-khai')}>
                {t('disclosure.public.backToList')}
              </Button>
            }
          />
        </div>
      </PublicShell>
    );
  if (query.isError)
    return (
      <PublicShell>
        <div className="pub-sheet">
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('disclosure.public.loadFailed')}
            description={errorMessage(query.error)}
            action={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
          />
        </div>
      </PublicShell>
    );
  if (!query.data)
    return (
      <PublicShell>
        <div className="pub-sheet">
          <Skeleton active paragraph={{ rows: 8 }} />
        </div>
      </PublicShell>
    );
  return <DisclosureView disclosure={query.data} />;
}

function DisclosureView({ disclosure: d }: { disclosure: PublicDisclosure }) {
  const { t } = useTranslation();
  const [pick, setPick] = useState<NomineePick | null>(null);
  const phase = disclosurePhase(d);
  const days = periodDays(d);
  return (
    <PublicShell title={d.title}>
      <article className="pub-sheet" aria-labelledby="pub-title">
        <div className="pub-doc-head">
          <div>
            <strong>{d.issuer.toLocaleUpperCase('vi')}</strong>
            <span className="pub-rule" />
          </div>
          <div>
            <strong>{t('disclosure.public.nation')}</strong>
            <span className="pub-motto">{t('disclosure.public.motto')}</span>
          </div>
        </div>
        <div className="pub-title">
          <h1 id="pub-title">{d.title}</h1>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('disclosure.public.campaign', { title: d.campaignTitle })}
          </Typography.Paragraph>
          <div className="pub-period">{t('disclosure.period', days)}</div>
          <div style={{ marginTop: 8 }}>
            <PhaseTag phase={phase} />
          </div>
        </div>
        <Typography.Paragraph style={{ maxWidth: 900, margin: '0 auto 20px' }}>
          {t('disclosure.public.intro')}
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('disclosure.public.nomineesTitle', { formatted: formatNumber(d.items.length) })}
        </Typography.Title>
        {d.items.length === 0 ? (
          <Alert type="info" showIcon title={t('disclosure.public.noNominees')} />
        ) : (
          <PublicNominees
            items={d.items}
            onObject={phase === 'open' ? (n) => setPick({ id: n.nominationId, n: Date.now() }) : undefined}
          />
        )}
      </article>
      <section className="pub-sheet" aria-labelledby="pub-form-title">
        <Typography.Title level={2} id="pub-form-title" style={{ fontSize: 18, marginTop: 0 }}>
          {t('disclosure.form.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ maxWidth: 820 }}>{t('disclosure.form.how')}</Typography.Paragraph>
        {phase === 'open' ? (
          <div style={{ maxWidth: 720 }}>
            <ObjectionForm disclosure={d} pick={pick} />
          </div>
        ) : (
          <Alert
            type={phase === 'ended' ? 'warning' : 'info'}
            showIcon
            title={t(phase === 'ended' ? 'disclosure.form.closed' : 'disclosure.form.notYet')}
            description={t(phase === 'ended' ? 'disclosure.form.closedOn' : 'disclosure.form.notYetOn', days)}
          />
        )}
      </section>
      <Link to="/cong-khai">← {t('disclosure.public.backToList')}</Link>
    </PublicShell>
  );
}
