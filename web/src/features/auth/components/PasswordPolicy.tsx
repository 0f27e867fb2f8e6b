import { CheckCircleFilled, CloseCircleFilled, InfoCircleOutlined } from '@ant-design/icons';
import { PASSWORD_MIN_LENGTH, passwordProblems } from '@thidua/shared';
import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

/** The password rules, and live what is still wrong with `password` (from the shared policy). */
export function PasswordPolicy({ password, username }: { password: string; username?: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const problems = password ? passwordProblems(password, username) : [];
  return (
    <div
      style={{
        background: token.colorFillQuaternary,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        padding: '10px 14px',
        marginBottom: 16,
      }}
    >
      <Typography.Text strong>
        <InfoCircleOutlined /> {t('password.policyTitle')}
      </Typography.Text>
      <ul style={{ margin: '6px 0 0', paddingInlineStart: 20 }}>
        <li>{t('password.policyLength', { min: PASSWORD_MIN_LENGTH })}</li>
        <li>{t('password.policyMix')}</li>
        <li>{t('password.policyUsername')}</li>
        <li>{t('password.policyCommon')}</li>
      </ul>
      {password && (
        <Flex vertical gap={2} style={{ marginTop: 8 }} aria-live="polite">
          {problems.length === 0 ? (
            <Typography.Text type="success">
              <CheckCircleFilled /> {t('password.good')}
            </Typography.Text>
          ) : (
            problems.map((p) => (
              <Typography.Text key={p} type="danger">
                <CloseCircleFilled /> {p}
              </Typography.Text>
            ))
          )}
        </Flex>
      )}
    </div>
  );
}
