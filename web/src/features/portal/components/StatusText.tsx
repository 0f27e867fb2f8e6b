import type { ProgressStatus } from '@thidua/shared';
import { STATUS_COLOR, STATUS_MARK } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';

/** The status in words with a shape before it ("▲ Có nguy cơ chậm"), coloured dark enough to read. */
export function StatusText({ status }: { status: ProgressStatus }) {
  const { t } = usePortalT();
  return (
    <span className="portal-status" style={{ color: STATUS_COLOR[status] }} data-status={status}>
      <span aria-hidden="true">{STATUS_MARK[status]}</span> {t(`progressStatus.${status}`)}
    </span>
  );
}
