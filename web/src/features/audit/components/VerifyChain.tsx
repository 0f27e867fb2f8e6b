import { SafetyOutlined } from '@ant-design/icons';
import { formatNumber } from '@thidua/shared';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import type { useVerifyAudit } from '../hooks/useAudit.ts';

/** The "Kiểm tra chuỗi băm" button. */
export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t } = useTranslation();
  return (
    <Button icon={<SafetyOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('audit.verify')}
    </Button>
  );
}

/** The result of the last check: intact, or broken at entry N. */
export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t } = useTranslation();
  if (verify.isError)
    return (
      <Alert type="error" showIcon title={errorMessage(verify.error)} style={{ marginBottom: 16 }} closable />
    );
  const r = verify.data;
  if (!r) return null;
  const count = formatNumber(r.checked);
  return r.ok ? (
    <Alert
      type="success"
      showIcon
      role="status"
      title={t('audit.verifyOk')}
      description={t('audit.verifyOkDesc', { count })}
      style={{ marginBottom: 16 }}
      closable={{ onClose: () => verify.reset() }}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('audit.verifyBroken', { seq: r.firstBrokenSeq ?? '?' })}
      description={
        <>
          {t('audit.verifyBrokenDesc', { count })}
          {r.problem && <div style={{ marginTop: 4 }}>{r.problem}</div>}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
