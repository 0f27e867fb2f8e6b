import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { formatNumber, type User } from '@thidua/shared';
import { App, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { Forbidden, QueryError } from '../../../app/components/QueryError.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { useCurrentUser } from '../../auth/hooks/useMe.ts';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect.tsx';
import { useUserMutations, useUsers } from '../hooks/useUsers.ts';
import { CreateUserDrawer } from './CreateUserDrawer.tsx';
import { EditUserDrawer } from './EditUserDrawer.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { type UserAction, UserTable } from './UserTable.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit'; id: number } | { kind: 'reset'; user: User } | null;

/** /nguoi-dung: accounts, their unit and roles; create, edit, lock, reset password. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const me = useCurrentUser();
  const perms = usePermissions();
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState<number | undefined>();
  const q = useDebounced(search.trim(), 300);
  const users = useUsers({ q: q || undefined, unitId }, perms.canReadUsers);
  const { update } = useUserMutations();
  const [dialog, setDialog] = useState<Dialog>(null);

  if (!perms.canReadUsers) return <Forbidden />;

  const onAction = (user: User, action: UserAction) => {
    if (action === 'edit') return setDialog({ kind: 'edit', id: user.id });
    if (action === 'reset') return setDialog({ kind: 'reset', user });
    const lock = action === 'lock';
    modal.confirm({
      title: t(lock ? 'users.lockTitle' : 'users.unlockTitle', { name: user.fullName }),
      content: lock ? t('users.lockContent') : undefined,
      okText: t(lock ? 'users.lock' : 'users.unlock'),
      okButtonProps: { danger: lock },
      cancelText: t('common.cancel'),
      onOk: () =>
        update.mutateAsync({ id: user.id, input: { version: user.version, isActive: !lock } }).then(
          () => void message.success(t(lock ? 'users.locked_done' : 'users.unlocked_done')),
          (e: unknown) => void message.error(errorMessage(e), 6),
        ),
    });
  };

  const editing = dialog?.kind === 'edit' ? users.data?.find((u) => u.id === dialog.id) : undefined;

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          perms.canManageUsers && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            aria-label={t('users.searchLabel')}
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 400, maxWidth: '100%' }}
          />
          <UnitTreeSelect
            aria-label={t('users.unitFilter')}
            placeholder={t('users.unitFilter')}
            includeInactive
            allowClear
            value={unitId}
            onChange={setUnitId}
            style={{ width: 320, maxWidth: '100%' }}
          />
          {users.data && (
            <Typography.Text type="secondary">
              {t('users.total', { count: users.data.length, formatted: formatNumber(users.data.length) })}
            </Typography.Text>
          )}
        </Flex>
        {users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <UserTable
            users={users.data ?? []}
            loading={users.isFetching}
            currentUserId={me.user.id}
            onAction={perms.canManageUsers ? onAction : undefined}
          />
        )}
      </Card>
      {dialog?.kind === 'create' && <CreateUserDrawer onClose={() => setDialog(null)} />}
      {editing && <EditUserDrawer user={editing} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
