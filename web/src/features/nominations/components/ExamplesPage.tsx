import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { type AdvancedExample, EXAMPLE_STAGES, formatNumber, matchesSearch } from '@thidua/shared';
import { Button, Card, Col, Empty, Flex, Input, Row, Segmented, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useExamples } from '../hooks/useExamples.ts';
import { useRewardRoles } from '../hooks/useRewardRoles.ts';
import { useRewardsCampaign } from '../hooks/useRewardsCampaign.ts';
import { type ExampleStage, useRewardLabels } from '../lib/labels.ts';
import { ExampleCard } from './examples/ExampleCard.tsx';
import { ExampleFormModal } from './examples/ExampleFormModal.tsx';
import { RewardsNav } from './RewardsNav.tsx';

type StageFilter = ExampleStage | 'all';

/**
 * /khen-thuong/dien-hinh: the registry of advanced examples — discovered, nurtured, replicated — with the units
 * that took each one up and the nominations that cite it. Units and the office register and move them on.
 */
export default function ExamplesPage() {
  const { t } = useTranslation();
  const labels = useRewardLabels();
  const roles = useRewardRoles();
  const [params, update] = useUrlParams();
  const { campaigns, campaign } = useRewardsCampaign();
  const examples = useExamples({});
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<AdvancedExample | 'new' | null>(null);
  const stageParam = params.get('stage');
  const stage: StageFilter = EXAMPLE_STAGES.includes(stageParam as ExampleStage)
    ? (stageParam as ExampleStage)
    : 'all';

  const all = examples.data ?? [];
  const rows = useMemo(
    () =>
      (examples.data ?? []).filter(
        (e) =>
          (stage === 'all' || e.stage === stage) &&
          (!search.trim() || matchesSearch(`${e.title} ${e.field} ${e.unitName} ${e.description}`, search)),
      ),
    [examples.data, stage, search],
  );
  const fields = useMemo(() => [...new Set(all.map((e) => e.field))].sort(), [all]);
  const office = roles.isOffice(campaign);
  const canWrite = office || roles.proposerUnits.length > 0;
  const mayEdit = (e: AdvancedExample) => office || roles.isProposer(e.unitId);
  const count = (s: StageFilter) => (s === 'all' ? all.length : all.filter((e) => e.stage === s).length);

  return (
    <>
      <PageHeader
        title={t('nominations.examples.pageTitle')}
        subtitle={t('nominations.examples.subtitle')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('nominations.examples.create')}
            </Button>
          )
        }
      />
      <RewardsNav active="examples" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Segmented<StageFilter>
            value={stage}
            onChange={(v) => update({ stage: v === 'all' ? undefined : v })}
            options={(['all', ...EXAMPLE_STAGES] as StageFilter[]).map((s) => ({
              value: s,
              label: `${s === 'all' ? t('nominations.examples.all') : labels.stage(s)} (${formatNumber(count(s))})`,
            }))}
          />
          <Input
            allowClear
            prefix={<SearchOutlined />}
            aria-label={t('nominations.examples.search')}
            placeholder={t('nominations.examples.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 320, maxWidth: '100%' }}
          />
        </Flex>
      </Card>
      {examples.isError ? (
        <QueryError error={examples.error} onRetry={() => void examples.refetch()} />
      ) : !examples.data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={all.length ? t('nominations.examples.noResults') : t('nominations.examples.empty')}
          />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {rows.map((e) => (
            <Col key={e.id} xs={24} md={12} xl={8}>
              <ExampleCard example={e} onEdit={mayEdit(e) ? () => setEditing(e) : undefined} />
            </Col>
          ))}
        </Row>
      )}
      {editing && (
        <ExampleFormModal
          example={editing === 'new' ? undefined : editing}
          campaigns={campaigns}
          defaults={{ unitId: roles.proposerUnits[0]?.id, campaignId: campaign?.id }}
          fields={fields}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
