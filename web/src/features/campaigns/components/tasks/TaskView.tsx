import type { Campaign } from '@thidua/shared';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { CITATION_COLORS, useCampaignLabels } from '../../lib/labels.ts';

type Task = Campaign['tasks'][number];

/** One task as the plan reads: its number, its text, and the resolutions, directives and movements it serves. */
export function TaskView({ task }: { task: Task }) {
  const labels = useCampaignLabels();
  return (
    <Flex
      gap={14}
      align="flex-start"
      component="li"
      style={{ padding: '14px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <span
        style={{
          flex: 'none',
          minWidth: 44,
          padding: '2px 8px',
          borderRadius: 6,
          background: '#e8f0fa',
          color: '#1456a0',
          fontWeight: 700,
          textAlign: 'center',
        }}
      >
        {task.code || '•'}
      </span>
      <Flex vertical gap={8} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line', textAlign: 'justify' }}>
          {task.text}
        </Typography.Paragraph>
        {task.citations.length > 0 && (
          <Flex gap={6} wrap>
            {task.citations.map((ct) => (
              <Tooltip key={`${ct.kind}-${ct.ref}-${ct.title}`} title={ct.title}>
                <Tag color={CITATION_COLORS[ct.kind]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                  {labels.citation(ct.kind)}: {ct.ref || ct.title}
                </Tag>
              </Tooltip>
            ))}
          </Flex>
        )}
      </Flex>
    </Flex>
  );
}
