import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { type AdvancedExample, formatDate } from '@thidua/shared';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StageTrack } from './StageTrack.tsx';

/** One advanced example: stage, unit, field, description, the units that replicated it, nominations citing it. */
export function ExampleCard({ example: e, onEdit }: { example: AdvancedExample; onEdit?: () => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="example-card"
      title={<span style={{ whiteSpace: 'normal' }}>{e.title}</span>}
      extra={
        onEdit && (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={onEdit}
            aria-label={t('nominations.examples.editLabel', { title: e.title })}
          >
            {t('common.edit')}
          </Button>
        )
      }
      styles={{ header: { paddingBlock: 8 } }}
      style={{ height: '100%' }}
    >
      <Flex vertical gap={8}>
        <StageTrack stage={e.stage} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {e.unitName} · {t('nominations.examples.field')}: {e.field}
        </Typography.Text>
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: 'collapsible' }} style={{ margin: 0 }}>
          {e.description}
        </Typography.Paragraph>
        <Flex gap={4} wrap align="center">
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {e.replicatedUnits.length
              ? t('nominations.examples.replicatedBy', { count: e.replicatedUnits.length })
              : t('nominations.examples.replicatedNone')}
          </Typography.Text>
          {e.replicatedUnits.map((u) => (
            <Tag key={u.id} style={{ marginInlineEnd: 0 }}>
              {u.name}
            </Tag>
          ))}
        </Flex>
        <Flex justify="space-between" gap={8} wrap>
          <Typography.Text style={{ fontSize: 13 }}>
            <FileTextOutlined /> {t('nominations.examples.citedBy', { count: e.nominations })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('nominations.examples.updatedAt', { day: formatDate(e.updatedAt) })}
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
