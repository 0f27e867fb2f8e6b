import type { CampaignStatus } from '@thidua/shared';
import { Tag } from 'antd';
import { STATUS_COLORS, useCampaignLabels } from '../lib/labels.ts';

/** "Dự thảo" · "Đã phát động" · "Đã kết thúc", coloured. */
export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const labels = useCampaignLabels();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {labels.status(status)}
    </Tag>
  );
}
