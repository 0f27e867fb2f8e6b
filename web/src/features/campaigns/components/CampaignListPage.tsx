import { FileTextOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { CAMPAIGN_STATUSES, type CampaignStatus, type CampaignSummary, formatNumber } from '@thidua/shared';
import { Button, Card, Empty, Flex, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useCampaignList } from '../hooks/useCampaigns.ts';
import { documentRef, timeFrame } from '../lib/format.ts';
import { useCampaignLabels } from '../lib/labels.ts';
import { CampaignStatusTag } from './CampaignStatusTag.tsx';

/** The years offered by the filter: a few back, and next year for plans drafted ahead. */
function yearOptions(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 7 }, (_, i) => now + 1 - i);
}

/** /dot-thi-dua: the campaigns the user can see, searchable (without accents) and filtered by status and year. */
export default function CampaignListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const perms = usePermissions();
  const labels = useCampaignLabels();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CampaignStatus | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const q = useDebounced(search.trim(), 300);
  const list = useCampaignList({ q: q || undefined, status, year });
  const years = useMemo(yearOptions, []);
  const filtered = Boolean(q || status || year);

  const columns: TableColumnsType<CampaignSummary> = [
    {
      key: 'ref',
      title: t('campaigns.ref'),
      width: 118,
      render: (_, c) => <Typography.Text style={{ whiteSpace: 'nowrap' }}>{documentRef(c)}</Typography.Text>,
    },
    {
      key: 'title',
      title: t('campaigns.titleField'),
      render: (_, c) => (
        <Link to={`/dot-thi-dua/${c.id}`} onClick={(e) => e.stopPropagation()}>
          <Typography.Paragraph
            ellipsis={{ rows: 3, tooltip: c.title }}
            style={{ margin: 0, color: 'inherit', fontWeight: 500 }}
          >
            {c.title}
          </Typography.Paragraph>
        </Link>
      ),
    },
    { key: 'unit', title: t('campaigns.issuingUnit'), width: 165, render: (_, c) => c.issuingUnitName },
    {
      key: 'status',
      title: t('campaigns.status'),
      width: 124,
      render: (_, c) => <CampaignStatusTag status={c.status} />,
    },
    {
      key: 'time',
      title: t('campaigns.timeFrame'),
      width: 132,
      render: (_, c) =>
        timeFrame(c) || <Typography.Text type="secondary">{t('campaigns.noTimeFrame')}</Typography.Text>,
    },
    {
      key: 'indicators',
      title: t('indicators.target'),
      width: 86,
      align: 'right',
      render: (_, c) => formatNumber(c.indicatorCount),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        subtitle={t('campaigns.subtitle')}
        extra={
          perms.canCreateCampaign && (
            <Flex gap={8}>
              <Button icon={<FileTextOutlined />} onClick={() => navigate('/dot-thi-dua/nhap')}>
                {t('planImport.entry')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/dot-thi-dua/moi')}>
                {t('campaigns.create')}
              </Button>
            </Flex>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            aria-label={t('campaigns.searchLabel')}
            placeholder={t('campaigns.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 420, maxWidth: '100%' }}
          />
          <Select<CampaignStatus>
            allowClear
            aria-label={t('campaigns.statusFilter')}
            placeholder={t('campaigns.statusFilter')}
            value={status}
            onChange={setStatus}
            options={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
            style={{ width: 190 }}
          />
          <Select<number>
            allowClear
            aria-label={t('campaigns.yearFilter')}
            placeholder={t('campaigns.yearFilter')}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: t('campaigns.yearOption', { year: y }) }))}
            style={{ width: 150 }}
          />
          {list.data && (
            <Typography.Text type="secondary">
              {t('campaigns.total', { formatted: formatNumber(list.data.length) })}
            </Typography.Text>
          )}
        </Flex>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<CampaignSummary>
            rowKey="id"
            columns={columns}
            dataSource={list.data ?? []}
            loading={list.isFetching}
            tableLayout="fixed"
            scroll={{ x: 900 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            onRow={(c) => ({ onClick: () => navigate(`/dot-thi-dua/${c.id}`), style: { cursor: 'pointer' } })}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? t('campaigns.noResults') : t('campaigns.empty')}
                />
              ),
            }}
          />
        )}
      </Card>
    </>
  );
}
