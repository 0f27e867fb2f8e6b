import type { Decision } from '@thidua/shared';
import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDay } from '../../campaigns/lib/format.ts';

const link = (d: Decision) => `/khen-thuong/quyet-dinh/${d.id}?campaignId=${d.campaignId}`;

/** "Quyết định khen thưởng" (blue) or "Tờ trình đề nghị cấp trên" (gold). */
export function DecisionKindTag({ kind }: { kind: Decision['kind'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={kind === 'decision' ? 'blue' : 'gold'} style={{ marginInlineEnd: 0 }}>
      {t(`council.decisions.kind.${kind}`)}
    </Tag>
  );
}

/** The decisions and proposals of a campaign: a table on wide screens, cards on phones. */
export function DecisionList({ decisions, wide }: { decisions: Decision[]; wide: boolean }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return <Empty description={t('council.decisions.none')} />;
  if (!wide)
    return (
      <Flex vertical gap={8}>
        {decisions.map((d) => (
          <Card key={d.id} size="small">
            <Flex vertical gap={4}>
              <Link to={link(d)} style={{ fontWeight: 600 }}>
                {d.reference}
              </Link>
              <Flex gap={8} wrap align="center">
                <DecisionKindTag kind={d.kind} />
                <Typography.Text type="secondary">{formatDay(d.signedOn)}</Typography.Text>
              </Flex>
              <Typography.Text>
                {d.signerName} · {t('council.decisions.count', { count: d.items.length })}
              </Typography.Text>
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  return (
    <Table<Decision>
      rowKey="id"
      dataSource={decisions}
      pagination={false}
      columns={[
        {
          title: t('council.decisions.colReference'),
          key: 'ref',
          render: (_, d) => <Link to={link(d)}>{d.reference}</Link>,
        },
        {
          title: t('council.decisions.colKind'),
          key: 'kind',
          render: (_, d) => <DecisionKindTag kind={d.kind} />,
        },
        { title: t('council.decisions.colSignedOn'), key: 'on', render: (_, d) => formatDay(d.signedOn) },
        { title: t('council.decisions.colSigner'), dataIndex: 'signerName' },
        {
          title: t('council.decisions.colCount'),
          key: 'count',
          render: (_, d) => t('council.decisions.count', { count: d.items.length }),
        },
      ]}
    />
  );
}
