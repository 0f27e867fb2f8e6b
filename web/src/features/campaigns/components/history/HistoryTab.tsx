import { type Campaign, formatDateTime } from '@thidua/shared';
import { Alert, Empty, Flex, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../../app/components/QueryError.tsx';
import { usePermissions } from '../../../auth/hooks/usePermissions.ts';
import { useOrgUnits } from '../../../org/hooks/useOrgUnits.ts';
import type { CampaignVersion } from '../../api.ts';
import { useCampaignVersions } from '../../hooks/useCampaigns.ts';
import { useCampaignLabels } from '../../lib/labels.ts';
import { type FormatContext, fieldLabel, formatChange, parseField } from './change-format.tsx';

type Change = CampaignVersion['changes'][number];

/** "Lịch sử": every version of a launched campaign — who, when, why, and each field's before and after. */
export function HistoryTab({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const labels = useCampaignLabels();
  const perms = usePermissions();
  const versions = useCampaignVersions(c.id, c.status !== 'draft');
  const { data: units = [] } = useOrgUnits({ includeInactive: true });
  const ctx: FormatContext = {
    t,
    labels,
    campaign: c,
    unitName: (id) =>
      units.find((u) => u.id === id)?.name ??
      c.units.find((u) => u.id === id)?.name ??
      t('indicators.unitN', { id }),
  };

  const draftNote = (
    <Alert
      type="info"
      showIcon
      title={t('history.draftTitle')}
      description={
        <>
          {t('history.draftNote')} {perms.canReadAudit && <Link to="/nhat-ky">{t('history.openAudit')}</Link>}
        </>
      }
    />
  );
  if (c.status === 'draft') return draftNote;
  if (versions.isError) return <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  if (!versions.data) return <Skeleton active />;
  // Newest first; indicator edits share the campaign's version number, so time decides.
  const items = [...versions.data].sort((a, b) => b.at.localeCompare(a.at) || b.version - a.version);

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {t('history.intro')} {perms.canReadAudit && <Link to="/nhat-ky">{t('history.openAudit')}</Link>}
      </Typography.Text>
      {items.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('history.empty')}
          style={{ margin: '24px 0' }}
        />
      )}
      <Timeline
        items={items.map((v, i) => ({
          key: `${v.version}-${v.at}-${i}`,
          content: (
            <Flex vertical gap={8} style={{ paddingBottom: 8 }}>
              <Flex gap={8} wrap align="baseline">
                <Typography.Text strong>{formatDateTime(v.at)}</Typography.Text>
                <Typography.Text>{v.actorName ?? t('audit.system')}</Typography.Text>
                <Tag style={{ marginInlineEnd: 0 }}>{t('history.version', { version: v.version })}</Tag>
              </Flex>
              {v.note && (
                <Typography.Text>
                  <Typography.Text type="secondary">{t('history.reason')}: </Typography.Text>
                  {v.note}
                </Typography.Text>
              )}
              <Table<Change>
                size="small"
                bordered
                pagination={false}
                tableLayout="fixed"
                rowKey={(ch) => ch.field}
                dataSource={v.changes}
                style={{ maxWidth: 1100 }}
                columns={[
                  {
                    key: 'field',
                    title: t('audit.field'),
                    width: 260,
                    render: (_, ch) => fieldLabel(parseField(ch.field), t),
                  },
                  {
                    key: 'before',
                    title: t('audit.before'),
                    render: (_, ch) => formatChange(parseField(ch.field), ch.before, ctx),
                  },
                  {
                    key: 'after',
                    title: t('audit.after'),
                    render: (_, ch) => formatChange(parseField(ch.field), ch.after, ctx),
                  },
                ]}
              />
            </Flex>
          ),
        }))}
      />
    </Flex>
  );
}
