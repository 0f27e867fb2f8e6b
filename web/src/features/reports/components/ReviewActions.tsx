import { CheckOutlined, RollbackOutlined, UnlockOutlined } from '@ant-design/icons';
import type { Report, ReportAction } from '@thidua/shared';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The office's buttons: accept or return a submitted report, reopen an accepted one. */
export function ReviewActions({
  report: r,
  onAction,
}: {
  report: Report;
  onAction: (a: ReportAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {r.can.review && (
        <>
          <Button danger icon={<RollbackOutlined />} onClick={() => onAction('return')}>
            {t('reports.return')}
          </Button>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => onAction('accept')}>
            {t('reports.accept')}
          </Button>
        </>
      )}
      {r.can.reopen && (
        <Button icon={<UnlockOutlined />} onClick={() => onAction('reopen')}>
          {t('reports.reopen')}
        </Button>
      )}
    </>
  );
}
