import { PlusOutlined } from '@ant-design/icons';
import {
  formatNumber,
  NOMINATION_EDITABLE,
  NOMINATION_STATUSES,
  type Nomination,
  type NominationStatus,
} from '@thidua/shared';
import { Alert, Button, Card, Flex, Grid, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useNominationList } from '../hooks/useNominations.ts';
import { useRewardRoles } from '../hooks/useRewardRoles.ts';
import { useRewardsCampaign } from '../hooks/useRewardsCampaign.ts';
import { useRewardLabels } from '../lib/labels.ts';
import { CampaignPicker } from './CampaignPicker.tsx';
import { NominationFormDrawer } from './form/NominationFormDrawer.tsx';
import { NominationCards, NominationTable } from './NominationList.tsx';
import { RewardsNav } from './RewardsNav.tsx';

/** What needs someone's hand first: returned and drafts (the unit), sent (the office), then the rest. */
const ORDER: NominationStatus[] = [
  'returned',
  'draft',
  'submitted',
  'checked',
  'in_council',
  'approved',
  'decided',
  'proposed',
  'not_approved',
  'withdrawn',
];
const byUrgency = (a: Nomination, b: Nomination) =>
  ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
  (a.checkDueOn ?? '9').localeCompare(b.checkDueOn ?? '9') ||
  b.id - a.id;
const isStatus = (v: string | null): v is NominationStatus =>
  (NOMINATION_STATUSES as readonly string[]).includes(v ?? '');

/**
 * /khen-thuong: the nominations (hồ sơ đề nghị khen thưởng) of a campaign — the unit's own for a unit, all for
 * the office and readers — with counts by status, and for unit users "Đề nghị mới".
 */
export default function NominationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useRewardLabels();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const roles = useRewardRoles();
  const [params, update] = useUrlParams();
  const { query, campaigns, campaign, choose } = useRewardsCampaign();
  const list = useNominationList(campaign?.id);
  const [creating, setCreating] = useState(false);
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;

  const all = list.data ?? [];
  const counts = useMemo(() => {
    const c: Partial<Record<NominationStatus, number>> = {};
    for (const n of list.data ?? []) c[n.status] = (c[n.status] ?? 0) + 1;
    return c;
  }, [list.data]);
  const rows = useMemo(
    () => (list.data ?? []).filter((n) => !status || n.status === status).sort(byUrgency),
    [list.data, status],
  );
  const proposers = roles.proposersIn(campaign);
  const canCreate = proposers.length > 0 && campaign?.status === 'launched';
  const office = roles.isOffice(campaign);

  const header = (
    <>
      <PageHeader
        title={t('nominations.title')}
        subtitle={t('nominations.subtitle')}
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('nominations.create')}
            </Button>
          )
        }
      />
      <RewardsNav active="nominations" />
    </>
  );
  if (query.isError)
    return (
      <>
        {header}
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  if (query.isPending)
    return (
      <>
        {header}
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </>
    );
  if (!campaign)
    return (
      <>
        {header}
        <Alert type="info" showIcon title={t('nominations.noCampaigns')} />
      </>
    );

  const View = wide ? NominationTable : NominationCards;
  return (
    <>
      {header}
      <Card size={wide ? undefined : 'small'} style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="flex-end" style={{ marginBottom: 12 }}>
          <CampaignPicker campaigns={campaigns} value={campaign} onChange={(id) => choose(id)} />
        </Flex>
        <Flex gap={8} wrap align="center" role="group" aria-label={t('nominations.byStatus')}>
          <Typography.Text type="secondary">
            {t('nominations.total', { formatted: formatNumber(all.length) })}
          </Typography.Text>
          {ORDER.filter((s) => counts[s]).map((s) => (
            <Tag.CheckableTag
              key={s}
              checked={status === s}
              onChange={(on) => update({ status: on ? s : undefined })}
              style={{ border: '1px solid #d9d9d9', paddingInline: 10, fontSize: 13 }}
            >
              {labels.status(s)}: <strong>{formatNumber(counts[s] ?? 0)}</strong>
            </Tag.CheckableTag>
          ))}
          {status && (
            <Button type="link" size="small" onClick={() => update({ status: undefined })}>
              {t('nominations.clearFilter')}
            </Button>
          )}
        </Flex>
      </Card>
      <Card size={wide ? undefined : 'small'}>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <View
            items={rows}
            loading={list.isFetching && !list.data}
            onOpen={(n) => navigate(`/khen-thuong/${n.id}`)}
            next={(n) =>
              office && n.status === 'submitted'
                ? 'check'
                : NOMINATION_EDITABLE.includes(n.status) && roles.isProposer(n.proposerUnitId)
                  ? 'fix'
                  : 'view'
            }
            empty={
              status
                ? t('nominations.emptyFiltered')
                : canCreate
                  ? t('nominations.emptyUnit')
                  : t('nominations.empty')
            }
          />
        )}
      </Card>
      {creating && (
        <NominationFormDrawer
          campaign={campaign}
          proposers={proposers}
          onClose={() => setCreating(false)}
          onSaved={(n) => navigate(`/khen-thuong/${n.id}`)}
        />
      )}
    </>
  );
}
