import { Alert, Button, Collapse, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewModel } from '../lib/model.ts';

const COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;

/** Every review issue, counted by severity; clicking one selects its field and shows it in the text. */
export function IssueList({
  issues,
  indicatorCount,
  onSelect,
}: {
  issues: ReviewModel['issues'];
  indicatorCount: number;
  onSelect: (key: string | null, offset: number | null) => void;
}) {
  const { t } = useTranslation();
  const count = (s: string) => issues.filter((i) => i.issue.severity === s).length;
  const summary = (
    <Flex gap={8} wrap align="center">
      <Typography.Text strong>{t('planImport.issuesTitle', { count: issues.length })}</Typography.Text>
      {(['error', 'warning', 'info'] as const).map((s) =>
        count(s) ? (
          <Tag key={s} color={COLORS[s]}>
            {t(`planImport.severity.${s}`, { count: count(s) })}
          </Tag>
        ) : null,
      )}
      <Typography.Text type="secondary">
        {t('planImport.indicatorsFound', { count: indicatorCount })}
      </Typography.Text>
    </Flex>
  );
  if (issues.length === 0) return <Alert type="success" showIcon title={summary} />;
  return (
    <Collapse
      size="small"
      defaultActiveKey={['issues']}
      items={[
        {
          key: 'issues',
          label: summary,
          children: (
            <List
              size="small"
              style={{ maxHeight: 220, overflow: 'auto' }}
              dataSource={issues}
              renderItem={({ issue, key }, n) => (
                <List.Item key={n} style={{ padding: '4px 0' }}>
                  <Button
                    type="link"
                    size="small"
                    style={{ height: 'auto', padding: 0, textAlign: 'left', whiteSpace: 'normal' }}
                    onClick={() => onSelect(key, issue.span?.start ?? null)}
                  >
                    <Tag color={COLORS[issue.severity]} style={{ marginRight: 6 }}>
                      {issue.indicator ?? t('planImport.headerPart')}
                    </Tag>
                    <Typography.Text>{issue.message}</Typography.Text>
                  </Button>
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}
