import type { AuditEntry } from '@thidua/shared';
import { formatDateTime } from '@thidua/shared';
import { Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { Forbidden, QueryError } from '../../../app/components/QueryError.tsx';
import { useLang } from '../../../app/i18n.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useOrgUnits } from '../../org/hooks/useOrgUnits.ts';
import type { AuditFilter } from '../api.ts';
import { useAuditLog, useVerifyAudit } from '../hooks/useAudit.ts';
import { actionColor, actionLabel, entityLabel, snapshotName } from '../lib/labels.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain.tsx';

/** /nhat-ky: the audit trail, newest first, with filters, readable diffs, "load more" and the chain check. */
export default function AuditPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const perms = usePermissions();
  const [filter, setFilter] = useState<AuditFilter>({});
  const debounced = useDebounced(filter, 300);
  const log = useAuditLog(debounced, perms.canReadAudit);
  const verify = useVerifyAudit();
  const units = useOrgUnits({ includeInactive: true }, perms.canReadAudit);
  const unitIndex = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const unitName = useCallback((id: number) => unitIndex.get(id), [unitIndex]);
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);

  if (!perms.canReadAudit) return <Forbidden />;

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { key: 'at', title: t('audit.at'), width: 150, render: (_, e) => formatDateTime(e.at) },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, e) =>
        e.actorName ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, e) => {
        const name = snapshotName(e) ?? (e.unitId === null ? undefined : unitName(e.unitId));
        return (
          <>
            {entityLabel(e.entity, lang)}
            {e.entityId && <Typography.Text type="secondary"> #{e.entityId}</Typography.Text>}
            {name && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {name}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_, e) => (
        <Tag color={actionColor(e.action)} title={e.action}>
          {actionLabel(e.action, lang)}
        </Tag>
      ),
    },
    {
      key: 'ip',
      title: t('audit.ip'),
      dataIndex: 'ip',
      width: 140,
      render: (ip: string | null) => ip ?? '—',
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={<VerifyChainButton verify={verify} />}
      />
      <VerifyChainResult verify={verify} />
      <Card style={{ marginBottom: 16 }}>
        <AuditFilters value={filter} onChange={setFilter} canListUsers={perms.canReadUsers} />
      </Card>
      <Card>
        {log.isError ? (
          <QueryError error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <>
            <Table<AuditEntry>
              rowKey="seq"
              size="middle"
              columns={columns}
              dataSource={entries}
              loading={log.isFetching && !log.isFetchingNextPage}
              pagination={false}
              scroll={{ x: 900 }}
              expandable={{
                expandRowByClick: true,
                expandedRowRender: (e) => (
                  <Flex vertical gap={8} style={{ padding: '4px 8px' }}>
                    <AuditDiff before={e.before} after={e.after} unitName={unitName} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('audit.hash')}: <Typography.Text code>{e.hash}</Typography.Text>
                    </Typography.Text>
                  </Flex>
                ),
              }}
            />
            <Flex justify="space-between" align="center" style={{ marginTop: 16 }} wrap gap={8}>
              <Typography.Text type="secondary">
                {t('audit.count', { count: entries.length })}
              </Typography.Text>
              {log.hasNextPage ? (
                <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                  {t('audit.loadMore')}
                </Button>
              ) : (
                entries.length > 0 && <Typography.Text type="secondary">{t('audit.end')}</Typography.Text>
              )}
            </Flex>
          </>
        )}
      </Card>
    </>
  );
}
