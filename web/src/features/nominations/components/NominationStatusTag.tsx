import type { NominationStatus } from '@thidua/shared';
import { Tag } from 'antd';
import { NOMINATION_STATUS_COLORS, useRewardLabels } from '../lib/labels.ts';

/** "Đang soạn" · "Đã gửi, chờ thẩm định hồ sơ" · "Hồ sơ bị trả lại" · …, coloured. */
export function NominationStatusTag({ status }: { status: NominationStatus }) {
  const labels = useRewardLabels();
  return (
    <Tag color={NOMINATION_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-status={status}>
      {labels.status(status)}
    </Tag>
  );
}
