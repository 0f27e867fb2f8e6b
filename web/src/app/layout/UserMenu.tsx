import { DownOutlined, KeyOutlined, LogoutOutlined, PoweroffOutlined } from '@ant-design/icons';
import { ROLES } from '@thidua/shared';
import { App, Avatar, Button, Dropdown, Flex, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../../features/auth/hooks/useAuthActions.ts';
import { useCurrentUser } from '../../features/auth/hooks/useMe.ts';
import { useLabels } from '../../lib/labels.ts';

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return (last[0] ?? '?').toUpperCase();
}

/**
 * Header right side: the user's name and main role (a menu with "Đổi mật khẩu" and "Đăng xuất khỏi mọi
 * thiết bị"), then a plain "Đăng xuất" button that is always visible.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const labels = useLabels();
  const logout = useLogout();
  // On phones only the avatar and the icon of the sign-out button remain (names stay as accessible labels).
  const compact = !Grid.useBreakpoint().md;

  const sorted = [...me.assignments].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  const main = sorted[0];
  const roleLine = main
    ? `${labels.role(main.role)} · ${main.unitName}${sorted.length > 1 ? ` (${t('layout.moreRoles', { count: sorted.length - 1 })})` : ''}`
    : t('layout.noRole');

  const confirmLogoutAll = () =>
    modal.confirm({
      title: t('auth.signOutAllTitle'),
      content: t('auth.signOutAllContent'),
      okText: t('auth.signOutAll'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => logout.mutateAsync(true),
    });

  return (
    <Flex align="center" gap={12}>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
            { type: 'divider' },
            { key: 'all', icon: <PoweroffOutlined />, danger: true, label: t('auth.signOutAll') },
          ],
          onClick: ({ key }) => (key === 'password' ? navigate('/doi-mat-khau') : confirmLogoutAll()),
        }}
      >
        <Button
          type="text"
          aria-label={t('auth.userMenu', { name: me.user.fullName })}
          style={{ height: 48, paddingInline: 8 }}
        >
          <Flex align="center" gap={10}>
            <Avatar style={{ background: '#1456a0', flex: 'none' }}>{initials(me.user.fullName)}</Avatar>
            {!compact && (
              <Flex vertical align="flex-start" style={{ lineHeight: 1.25, maxWidth: 280 }}>
                <Typography.Text strong ellipsis style={{ maxWidth: 280 }}>
                  {me.user.fullName}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 280 }}>
                  {roleLine}
                </Typography.Text>
              </Flex>
            )}
            {!compact && <DownOutlined style={{ fontSize: 10 }} />}
          </Flex>
        </Button>
      </Dropdown>
      <Button
        icon={<LogoutOutlined />}
        aria-label={t('auth.signOut')}
        loading={logout.isPending && logout.variables === false}
        onClick={() => logout.mutate(false)}
      >
        {compact ? null : t('auth.signOut')}
      </Button>
    </Flex>
  );
}
