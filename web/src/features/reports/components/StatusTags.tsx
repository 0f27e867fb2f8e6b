import type { ReportListStatus, Timeliness } from '@thidua/shared';
import { Tag } from 'antd';
import { REPORT_STATUS_COLORS, TIMELINESS_COLORS, useReportLabels } from '../lib/labels.ts';

/** "Chưa nhập" · "Đang nhập" · "Đã gửi, chờ duyệt" · "Bị trả lại" · "Đã duyệt", coloured. */
export function ReportStatusTag({ status }: { status: ReportListStatus }) {
  const labels = useReportLabels();
  return (
    <Tag color={REPORT_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {labels.status(status)}
    </Tag>
  );
}

/** "Đúng hạn" · "Trễ hạn" · "Chưa nộp (quá hạn)" · "Chưa đến hạn", coloured. */
export function TimelinessTag({ value }: { value: Timeliness }) {
  const labels = useReportLabels();
  return (
    <Tag color={TIMELINESS_COLORS[value]} bordered={value !== 'pending'} style={{ marginInlineEnd: 0 }}>
      {labels.timeliness(value)}
    </Tag>
  );
}
