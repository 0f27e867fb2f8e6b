import { PlusOutlined } from '@ant-design/icons';
import type { Role, User } from '@thidua/shared';
import { Alert, App, Button, Empty, Flex, Form, Popconfirm, Select, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useLabels } from '../../../lib/labels.ts';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect.tsx';
import { useUserMutations } from '../hooks/useUsers.ts';
import { useRoleOptions } from './RoleRows.tsx';

/** The user's role assignments with "revoke", and a line to grant another role at a unit. */
export function RolesEditor({ user }: { user: User }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const { token } = theme.useToken();
  const roleOptions = useRoleOptions();
  const [form] = Form.useForm<{ role: Role; unitId: number }>();
  const { grant, revoke } = useUserMutations();
  const [banner, setBanner] = useState<string | null>(null);

  const submit = (v: { role: Role; unitId: number }) => {
    setBanner(null);
    grant.mutate(
      { id: user.id, grant: v },
      {
        onSuccess: () => {
          void message.success(t('users.granted'));
          form.resetFields(['role']);
        },
        onError: (e) => setBanner(errorMessage(e)),
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      {banner && <Alert type="error" showIcon title={banner} closable={{ onClose: () => setBanner(null) }} />}
      {user.assignments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.noRoles')} />
      ) : (
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadius,
          }}
        >
          {user.assignments.map((a, i) => (
            <Flex
              key={a.id}
              component="li"
              justify="space-between"
              align="center"
              gap={8}
              style={{
                padding: '8px 12px',
                borderTop: i === 0 ? undefined : `1px solid ${token.colorSplit}`,
              }}
            >
              <Flex vertical gap={2}>
                <span>
                  <Tag color="blue">{labels.role(a.role)}</Tag>
                </span>
                <Typography.Text type="secondary">
                  {t('home.roleScope', { unit: a.unitName })}
                </Typography.Text>
              </Flex>
              <Popconfirm
                title={t('users.revokeTitle', { role: labels.role(a.role), unit: a.unitName })}
                okText={t('users.revoke')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  revoke.mutateAsync({ id: user.id, assignmentId: a.id }).then(
                    () => void message.success(t('users.revoked')),
                    (e: unknown) => void message.error(errorMessage(e)),
                  )
                }
              >
                <Button type="link" danger size="small">
                  {t('users.revoke')}
                </Button>
              </Popconfirm>
            </Flex>
          ))}
        </ul>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ unitId: user.unitId ?? undefined }}
      >
        <Flex gap={8} align="flex-end" wrap>
          <Form.Item
            name="role"
            label={t('users.role')}
            rules={[{ required: true, message: t('users.roleRequired') }]}
            style={{ flex: '0 0 220px', marginBottom: 0 }}
          >
            <Select options={roleOptions} placeholder={t('users.role')} />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={t('users.roleUnit')}
            rules={[{ required: true, message: t('users.roleUnitRequired') }]}
            style={{ flex: 1, minWidth: 200, marginBottom: 0 }}
          >
            <UnitTreeSelect />
          </Form.Item>
          <Button type="primary" ghost htmlType="submit" icon={<PlusOutlined />} loading={grant.isPending}>
            {t('users.grant')}
          </Button>
        </Flex>
      </Form>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('users.roleHint')}
      </Typography.Text>
    </Flex>
  );
}
