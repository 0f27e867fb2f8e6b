import { ExportOutlined } from '@ant-design/icons';
import type { AdvancedExample, Indicator, Nomination } from '@thidua/shared';
import { Card, Descriptions, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The achievement summary, the campaign indicators it rests on, and a cited advanced example. */
export function AchievementCard({
  nomination: n,
  indicators,
  examples,
}: {
  nomination: Nomination;
  indicators: Indicator[];
  examples: AdvancedExample[];
}) {
  const { t } = useTranslation();
  const linked = indicators.filter((i) => n.indicatorIds.includes(i.id));
  const example = examples.find((e) => e.id === n.exampleId);
  return (
    <Card title={t('nominations.detail.achievement')} style={{ marginBottom: 16 }}>
      {n.achievement ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.achievement}</Typography.Paragraph>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'indicators',
            label: t('nominations.form.indicators'),
            children: linked.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {linked.map((i) => (
                  <li key={i.id}>
                    {i.code} · {i.name}
                  </li>
                ))}
              </ul>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'example',
            label: t('nominations.form.example'),
            children: example ? (
              <Link to={`/khen-thuong/dien-hinh?campaignId=${n.campaignId}`}>
                {example.title} ({example.unitName}) <ExportOutlined />
              </Link>
            ) : n.exampleId ? (
              t('nominations.detail.exampleNumber', { id: n.exampleId })
            ) : (
              t('common.none')
            ),
          },
        ]}
      />
    </Card>
  );
}
