import {
  type Disclosure,
  formatNumber,
  NOMINATION_STATUS_LABELS,
  type NominationStatus,
} from '@thidua/shared';
import { Badge, Flex, Grid, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../../app/i18n.ts';

type Item = Disclosure['items'][number];

const STATUS_COLORS: Partial<Record<NominationStatus, string>> = {
  approved: 'geekblue',
  not_approved: 'error',
  decided: 'success',
  proposed: 'success',
};

/** The disclosed nominees for the office: who, where, which award, the dossier's status and open comments. */
export function DisclosureNominees({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = Grid.useBreakpoint().md === false;
  const status = (s: NominationStatus) => (
    <Tag color={STATUS_COLORS[s] ?? 'default'} style={{ marginInlineEnd: 0 }} data-status={s}>
      {NOMINATION_STATUS_LABELS[s][lang]}
    </Tag>
  );
  const open = (n: number) =>
    n > 0 ? (
      <Badge count={formatNumber(n)} color="#d48806" />
    ) : (
      <Typography.Text type="secondary">0</Typography.Text>
    );
  const name = (i: Item) => <Link to={`/khen-thuong/${i.nominationId}`}>{i.name}</Link>;

  if (phone)
    return (
      <Flex vertical gap={8}>
        {items.map((i) => (
          <div key={i.nominationId} style={{ border: '1px solid #e3e7ee', borderRadius: 6, padding: 10 }}>
            <Flex justify="space-between" gap={8}>
              {name(i)}
              {open(i.openObjections)}
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
              {i.unitName} · {i.awardName}
            </Typography.Text>
            <div style={{ marginTop: 6 }}>{status(i.status)}</div>
          </div>
        ))}
      </Flex>
    );
  return (
    <Table<Item>
      size="small"
      rowKey="nominationId"
      pagination={false}
      dataSource={items}
      columns={[
        {
          title: t('disclosure.public.col.name'),
          key: 'name',
          render: (_, i) => (
            <Flex vertical gap={2}>
              {name(i)}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`disclosure.subject.${i.subject}`)}
              </Typography.Text>
            </Flex>
          ),
        },
        { title: t('disclosure.public.col.unit'), dataIndex: 'unitName' },
        { title: t('disclosure.public.col.award'), dataIndex: 'awardName' },
        { title: t('disclosure.office.status'), key: 'status', render: (_, i) => status(i.status) },
        {
          title: t('disclosure.office.openObjections'),
          key: 'open',
          align: 'center',
          render: (_, i) => open(i.openObjections),
        },
      ]}
    />
  );
}
