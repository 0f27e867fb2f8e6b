import { ArrowLeftOutlined, FilePdfOutlined } from '@ant-design/icons';
import { type Decision, formatNumber } from '@thidua/shared';
import { Button, Card, Flex, Grid, Skeleton, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { formatDay } from '../../campaigns/lib/format.ts';
import { RewardsNav } from '../../nominations/components/RewardsNav.tsx';
import { certificateUrl } from '../api.ts';
import { useDecision } from '../hooks/useDecisions.ts';
import { DecisionKindTag } from './DecisionList.tsx';

type Row = Decision['items'][number];

/**
 * /khen-thuong/quyet-dinh/:id: one decision ("Quyết định khen thưởng số 15/QĐ-UBND, ngày …") or proposal with its
 * list — name, unit, award, cash multiple — and, for a decision, each Giấy khen as PDF.
 */
export default function DecisionPage() {
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const decision = useDecision(valid ? id : null);
  if (!valid || isApiError(decision.error, 'NOT_FOUND')) return <NotFoundPage />;
  let body: ReactNode;
  if (decision.isError) body = <QueryError error={decision.error} onRetry={() => void decision.refetch()} />;
  else if (!decision.data)
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  else body = <DecisionView decision={decision.data} />;
  return (
    <>
      <RewardsNav active="decisions" />
      {body}
    </>
  );
}

function DecisionView({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const cash = (r: Row) => (r.cashMultiplier === null ? '—' : formatNumber(r.cashMultiplier, 2));
  const pdf = (r: Row) =>
    d.kind === 'decision' && (
      <Button
        size="small"
        icon={<FilePdfOutlined />}
        href={certificateUrl(r.nominationId)}
        aria-label={t('council.decision.certificateFor', { name: r.name })}
      >
        {t('council.decision.certificate')}
      </Button>
    );
  return (
    <Card styles={{ body: { padding: wide ? 24 : 12 } }}>
      <Link
        to={`/khen-thuong/quyet-dinh?campaignId=${d.campaignId}`}
        style={{ display: 'inline-block', marginBottom: 8 }}
      >
        <ArrowLeftOutlined /> {t('council.decision.back')}
      </Link>
      <Flex vertical gap={6} align="flex-start" style={{ marginBottom: 16 }}>
        <DecisionKindTag kind={d.kind} />
        <Typography.Title level={3} style={{ margin: 0, fontSize: wide ? 20 : 18 }}>
          {t('council.decision.heading', {
            kind: t(`council.decisions.kind.${d.kind}`),
            reference: d.reference,
            date: formatDay(d.signedOn),
          })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('council.decision.signer', { name: d.signerName })}
        </Typography.Text>
        <Typography.Text>{t('council.decision.total', { count: d.items.length })}</Typography.Text>
      </Flex>
      {wide ? (
        <Table<Row>
          rowKey="nominationId"
          dataSource={d.items}
          pagination={false}
          columns={[
            { title: t('council.decision.colNo'), key: 'no', width: 60, render: (_, _r, i) => i + 1 },
            { title: t('council.decision.colName'), dataIndex: 'name' },
            { title: t('council.decision.colUnit'), dataIndex: 'unitName' },
            { title: t('council.decision.colAward'), dataIndex: 'awardName' },
            {
              title: t('council.decision.colCash'),
              key: 'cash',
              width: 150,
              align: 'right',
              render: (_, r) => cash(r),
            },
            ...(d.kind === 'decision'
              ? [{ title: '', key: 'pdf', width: 200, render: (_: unknown, r: Row) => pdf(r) }]
              : []),
          ]}
        />
      ) : (
        <Flex vertical gap={8}>
          {d.items.map((r, i) => (
            <Card key={r.nominationId} size="small">
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  {i + 1}. {r.name}
                </Typography.Text>
                <Typography.Text type="secondary">{r.unitName}</Typography.Text>
                <Typography.Text>{r.awardName}</Typography.Text>
                {r.cashMultiplier !== null && (
                  <Typography.Text>{t('council.decision.cash', { value: cash(r) })}</Typography.Text>
                )}
                {pdf(r)}
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Card>
  );
}
