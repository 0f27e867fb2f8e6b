import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES } from '@thidua/shared';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../lib/labels.ts';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect.tsx';

/** Role options in the order of ROLES (most powerful first). */
export function useRoleOptions() {
  const labels = useLabels();
  return ROLES.map((r) => ({ value: r, label: labels.role(r) }));
}

/** Form.List of { role, unitId } rows for a new user. */
export function RoleRows({ defaultUnitId }: { defaultUnitId?: number }) {
  const { t } = useTranslation();
  const roleOptions = useRoleOptions();
  return (
    <Form.List name="roles">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="flex-start">
              <Form.Item
                name={[field.name, 'role']}
                rules={[{ required: true, message: t('users.roleRequired') }]}
                style={{ flex: '0 0 220px', marginBottom: 0 }}
              >
                <Select options={roleOptions} placeholder={t('users.role')} aria-label={t('users.role')} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'unitId']}
                rules={[{ required: true, message: t('users.roleUnitRequired') }]}
                style={{ flex: 1, minWidth: 0, marginBottom: 0 }}
              >
                <UnitTreeSelect aria-label={t('users.roleUnit')} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unitId: defaultUnitId })}>
            {t('users.addRole')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('users.roleHint')}
          </Typography.Text>
        </Flex>
      )}
    </Form.List>
  );
}
