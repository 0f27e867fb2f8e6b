import {
  ClockCircleOutlined,
  EditOutlined,
  KeyOutlined,
  LockOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { formatDateTime, ROLES, type User } from '@thidua/shared';
import { Button, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../lib/labels.ts';

export type UserAction = 'edit' | 'lock' | 'unlock' | 'reset';

export interface UserTableProps {
  users: User[];
  loading: boolean;
  currentUserId: number;
  /** Absent for read-only viewers (the standing office): no action column. */
  onAction?: (user: User, action: UserAction) => void;
}

/** One row per account: who, where, which roles, status with last sign-in, and the actions. */
export function UserTable({ users, loading, currentUserId, onAction }: UserTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns: TableColumnsType<User> = [
    {
      key: 'name',
      title: t('users.fullName'),
      width: 200,
      render: (_, u) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>
            {u.fullName} {u.id === currentUserId && <Tag color="processing">{t('common.you')}</Tag>}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.username}
            {u.email ? ` · ${u.email}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'unit',
      title: t('users.unit'),
      width: 170,
      render: (_, u) => u.unitName ?? t('common.none'),
    },
    {
      key: 'roles',
      title: t('users.roles'),
      render: (_, u) =>
        u.assignments.length === 0 ? (
          <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {[...u.assignments]
              .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role))
              .map((a) => (
                <Tooltip key={a.id} title={t('home.roleScope', { unit: a.unitName })}>
                  <Tag color="blue" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                    {labels.role(a.role)} · {a.unitName}
                  </Tag>
                </Tooltip>
              ))}
          </Flex>
        ),
    },
    {
      key: 'status',
      title: t('users.status'),
      width: 165,
      render: (_, u) => (
        <Flex vertical gap={4} align="flex-start">
          <Flex gap={4} wrap>
            {u.isActive ? (
              <Tag color="success">{t('users.active')}</Tag>
            ) : (
              <Tag color="error">{t('users.locked')}</Tag>
            )}
            {u.mustChangePassword && <Tag color="warning">{t('users.mustChange')}</Tag>}
          </Flex>
          <Tooltip title={t('users.lastLogin')}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <ClockCircleOutlined /> {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')}
            </Typography.Text>
          </Tooltip>
        </Flex>
      ),
    },
  ];
  if (onAction)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 318,
      render: (_, u) => (
        <Flex gap={6}>
          <Button size="small" icon={<EditOutlined />} onClick={() => onAction(u, 'edit')}>
            {t('common.edit')}
          </Button>
          <Button size="small" icon={<KeyOutlined />} onClick={() => onAction(u, 'reset')}>
            {t('users.resetPassword')}
          </Button>
          {u.isActive ? (
            <Button
              size="small"
              danger
              icon={<LockOutlined />}
              disabled={u.id === currentUserId}
              onClick={() => onAction(u, 'lock')}
            >
              {t('users.lock')}
            </Button>
          ) : (
            <Button size="small" icon={<UnlockOutlined />} onClick={() => onAction(u, 'unlock')}>
              {t('users.unlock')}
            </Button>
          )}
        </Flex>
      ),
    });
  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      tableLayout="fixed"
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      rowClassName={(u) => (u.isActive ? '' : 'user-locked')}
      scroll={{ x: onAction ? 1040 : 760 }}
    />
  );
}
