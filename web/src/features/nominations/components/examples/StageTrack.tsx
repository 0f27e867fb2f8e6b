import { RightOutlined } from '@ant-design/icons';
import { EXAMPLE_STAGES } from '@thidua/shared';
import { Flex, Tag } from 'antd';
import { type ExampleStage, STAGE_COLORS, useRewardLabels } from '../../lib/labels.ts';

/** Phát hiện → Bồi dưỡng → Nhân rộng: the stages reached in colour, the ones ahead grey. */
export function StageTrack({ stage }: { stage: ExampleStage }) {
  const labels = useRewardLabels();
  const at = EXAMPLE_STAGES.indexOf(stage);
  return (
    <Flex gap={4} align="center" wrap data-stage={stage}>
      {EXAMPLE_STAGES.map((s, i) => (
        <Flex key={s} gap={4} align="center">
          {i > 0 && <RightOutlined style={{ fontSize: 10, color: i <= at ? '#595959' : '#d9d9d9' }} />}
          <Tag
            color={i <= at ? STAGE_COLORS[s] : undefined}
            variant={i <= at ? 'outlined' : 'filled'}
            style={{ marginInlineEnd: 0, fontWeight: i === at ? 600 : undefined, opacity: i <= at ? 1 : 0.6 }}
            aria-current={i === at ? 'step' : undefined}
          >
            {labels.stage(s)}
          </Tag>
        </Flex>
      ))}
    </Flex>
  );
}
