import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { type Campaign, type Criterion, formatDateTime, type ManualScore } from '@thidua/shared';
import { App, Button, Card, Flex, Popconfirm, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../lib/form-errors.ts';
import { useEvaluationMutations, useManualScores } from '../../hooks/useEvaluation.ts';
import { fmtScore } from '../../lib/format.ts';
import { type ManualDraft, ManualScoreForm } from './ManualScoreForm.tsx';

/**
 * The office's hand scores: a form to give one (unit × criterion, 0–10, with a reason) and the list of those given,
 * with who gave each and when. Each is saved on its own.
 */
export function ManualScores({
  campaign,
  criteria,
  editable,
}: {
  campaign: Campaign;
  criteria: Criterion[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scores = useManualScores(campaign.id);
  const { saveManual } = useEvaluationMutations(campaign.id);
  const [draft, setDraft] = useState<ManualDraft | null>(null);
  const units = useMemo(() => {
    const assigned = new Set(campaign.indicators.flatMap((i) => i.assignedUnitIds));
    return campaign.units
      .filter((u) => assigned.has(u.id))
      .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
  }, [campaign]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const label = (code: string) => criteria.find((c) => c.code === code)?.label ?? code;

  const remove = (m: ManualScore) =>
    saveManual.mutate(
      { unitId: m.unitId, criterion: m.criterion, score: null, reason: '' },
      {
        onSuccess: () => void message.success(t('evaluation.manual.removed')),
        onError: (e) => void message.error(errorMessage(e)),
      },
    );

  const columns: TableColumnsType<ManualScore> = [
    {
      title: t('evaluation.unitCol'),
      key: 'unit',
      render: (_, m) => unitName.get(m.unitId) ?? `#${m.unitId}`,
    },
    {
      title: t('evaluation.manual.criterion'),
      key: 'criterion',
      width: 220,
      render: (_, m) => label(m.criterion),
    },
    {
      title: t('evaluation.manual.score'),
      key: 'score',
      align: 'right',
      render: (_, m) => <b>{fmtScore(m.score)}</b>,
    },
    { title: t('evaluation.manual.reason'), dataIndex: 'reason', key: 'reason', width: 340 },
    {
      title: t('evaluation.manual.by'),
      key: 'by',
      width: 170,
      render: (_, m) => (
        <Flex vertical>
          <span>{m.updatedBy ?? '—'}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(m.updatedAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, m: ManualScore) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('common.edit')}
                  onClick={() => setDraft({ ...m })}
                />
                <Popconfirm title={t('evaluation.manual.removeConfirm')} onConfirm={() => remove(m)}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card size="small" title={t('evaluation.manual.title')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('evaluation.manual.intro')}</Typography.Paragraph>
      {editable && criteria.length > 0 && (
        <div style={{ marginBottom: 16 }}>
          <ManualScoreForm campaignId={campaign.id} units={units} criteria={criteria} draft={draft} />
        </div>
      )}
      {editable && criteria.length === 0 && (
        <Typography.Paragraph type="warning">{t('evaluation.manual.noCriteria')}</Typography.Paragraph>
      )}
      <Table<ManualScore>
        size="small"
        rowKey={(m) => `${m.unitId}:${m.criterion}`}
        columns={columns}
        dataSource={scores.data ?? []}
        loading={scores.isLoading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('evaluation.manual.empty') }}
        data-testid="manual-scores"
      />
    </Card>
  );
}
