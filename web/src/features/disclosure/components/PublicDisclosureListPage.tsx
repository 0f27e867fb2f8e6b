import { formatNumber } from '@thidua/shared';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../lib/form-errors.ts';
import { PublicCampaignsSection } from '../../portal/components/PublicCampaignsSection.tsx';
import { usePublicDisclosureList } from '../hooks/usePublicDisclosures.ts';
import { disclosurePhase, periodDays } from '../lib/period.ts';
import { PhaseTag } from './PhaseTag.tsx';
import { PublicShell } from './PublicShell.tsx';

/**
 * /cong-khai — public, no sign-in: the published campaigns (their progress), then the disclosures open now and
 * recently, each with its dates and size.
 */
export default function PublicDisclosureListPage() {
  const { t } = useTranslation();
  const list = usePublicDisclosureList();
  const items = list.data?.items ?? [];
  return (
    <PublicShell>
      <h1 className="pub-page-title">{t('disclosure.public.portal')}</h1>
      <PublicCampaignsSection />
      <section className="pub-sheet" aria-labelledby="pub-list-title">
        <Typography.Title level={2} id="pub-list-title" style={{ fontSize: 20, marginTop: 0 }}>
          {t('disclosure.public.listTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ maxWidth: 820 }}>
          {t('disclosure.public.listIntro')}
        </Typography.Paragraph>
        {list.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : list.isError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('disclosure.public.loadFailed')}
            description={errorMessage(list.error)}
            action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
          />
        ) : items.length === 0 ? (
          <Alert type="info" showIcon title={t('disclosure.public.listEmpty')} />
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((d) => (
              <li key={d.id} className="pub-card" data-testid="public-disclosure-item">
                <Flex justify="space-between" gap={8} wrap align="flex-start">
                  <div style={{ minWidth: 0, flex: '1 1 420px' }}>
                    <Typography.Text type="secondary" strong style={{ fontSize: 12, letterSpacing: 0.3 }}>
                      {d.issuer.toLocaleUpperCase('vi')}
                    </Typography.Text>
                    <h3 style={{ fontSize: 17, margin: '4px 0' }}>
                      <Link to={`/cong-khai/${d.id}`}>{d.title}</Link>
                    </h3>
                    <Typography.Text type="secondary">
                      {t('disclosure.public.campaign', { title: d.campaignTitle })}
                    </Typography.Text>
                  </div>
                  <PhaseTag phase={disclosurePhase(d)} />
                </Flex>
                <Flex justify="space-between" gap={8} wrap align="center" style={{ marginTop: 10 }}>
                  <Flex gap={16} wrap>
                    <Typography.Text strong>{t('disclosure.period', periodDays(d))}</Typography.Text>
                    <Typography.Text>
                      {t('disclosure.public.nominees', { formatted: formatNumber(d.nominees) })}
                    </Typography.Text>
                  </Flex>
                  <Link
                    to={`/cong-khai/${d.id}`}
                    aria-label={t('disclosure.public.viewNamed', { title: d.title })}
                  >
                    {t('disclosure.public.view')} →
                  </Link>
                </Flex>
              </li>
            ))}
          </ul>
        )}
      </section>
    </PublicShell>
  );
}
