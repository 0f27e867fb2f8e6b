import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import type { CouncilSession } from '@thidua/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Đang họp" / "Đã kết thúc". */
export function SessionStatusTag({ status }: { status: CouncilSession['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'open' ? 'processing' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`council.status.${status}`)}
    </Tag>
  );
}

/** "Bỏ phiếu kín" (with a lock) / "Biểu quyết công khai". */
export function BallotTag({ ballot }: { ballot: CouncilSession['ballot'] }) {
  const { t } = useTranslation();
  return (
    <Tag
      icon={ballot === 'secret' ? <LockOutlined /> : <UnlockOutlined />}
      color={ballot === 'secret' ? 'purple' : 'cyan'}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`council.ballot.${ballot}`)}
    </Tag>
  );
}

/** Result of one nominee: approved (green), not approved (red), none yet. */
export function OutcomeTag({ approved }: { approved: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (approved === true)
    return (
      <Tag color="success" style={{ marginInlineEnd: 0 }}>
        {t('council.results.approved')}
      </Tag>
    );
  if (approved === false)
    return (
      <Tag color="error" style={{ marginInlineEnd: 0 }}>
        {t('council.results.rejected')}
      </Tag>
    );
  return <Tag style={{ marginInlineEnd: 0 }}>{t('council.results.none')}</Tag>;
}
