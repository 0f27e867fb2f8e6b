import {
  ApartmentOutlined,
  AuditOutlined,
  FileDoneOutlined,
  FlagOutlined,
  GiftOutlined,
  HomeOutlined,
  InboxOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Grid, Layout, Menu, type MenuProps, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { usePermissions } from '../../features/auth/hooks/usePermissions.ts';
import { NotificationBell } from '../../features/notifications/components/NotificationBell.tsx';
import { BrandMark } from '../components/BrandMark.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { UserMenu } from './UserMenu.tsx';

const SECTIONS = [
  '/dot-thi-dua',
  '/bao-cao',
  '/tiep-nhan-bao-cao',
  '/khen-thuong',
  '/don-vi',
  '/nguoi-dung',
  '/nhat-ky',
] as const;

/** The signed-in frame: left menu, header with language and account, the current screen. */
export default function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  const perms = usePermissions();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone the collapsed menu hides completely (its toggle stays at the left edge).
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;

  const selected = SECTIONS.find((s) => location.pathname.startsWith(s)) ?? location.pathname;
  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: <Link to="/">{t('layout.home')}</Link> },
    {
      key: '/dot-thi-dua',
      icon: <FlagOutlined />,
      label: <Link to="/dot-thi-dua">{t('layout.campaigns')}</Link>,
    },
    perms.canReport
      ? {
          key: '/bao-cao',
          icon: <FileDoneOutlined />,
          label: <Link to="/bao-cao">{t('layout.myReports')}</Link>,
        }
      : null,
    perms.canReviewReports
      ? {
          key: '/tiep-nhan-bao-cao',
          icon: <InboxOutlined />,
          label: <Link to="/tiep-nhan-bao-cao">{t('layout.reviewInbox')}</Link>,
        }
      : null,
    {
      key: '/khen-thuong',
      icon: <GiftOutlined />,
      label: <Link to="/khen-thuong">{t('layout.rewards')}</Link>,
    },
    { key: '/don-vi', icon: <ApartmentOutlined />, label: <Link to="/don-vi">{t('layout.org')}</Link> },
    perms.canReadUsers
      ? {
          key: '/nguoi-dung',
          icon: <TeamOutlined />,
          label: <Link to="/nguoi-dung">{t('layout.users')}</Link>,
        }
      : null,
    perms.canReadAudit
      ? { key: '/nhat-ky', icon: <AuditOutlined />, label: <Link to="/nhat-ky">{t('layout.audit')}</Link> }
      : null,
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        collapsedWidth={phone ? 0 : 80}
        width={236}
        // The phone's menu tab sits in the header row (left of the bell), never over a page title.
        zeroWidthTriggerStyle={{ top: 12 }}
        // On a phone the menu floats over the page (its tab at the left edge opens it) and closes after a choice.
        style={
          phone
            ? { position: 'fixed', top: 0, left: 0, height: '100vh', zIndex: 100 }
            : { position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }
        }
      >
        <Link
          to="/"
          aria-label={t('common.appName')}
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 10,
            height: 64,
            padding: collapsed ? '0 24px' : '0 20px',
            color: '#fff',
          }}
        >
          <BrandMark size={32} />
          {!collapsed && (
            <span style={{ lineHeight: 1.15 }}>
              <span style={{ display: 'block', fontSize: 19, fontWeight: 700 }}>{t('common.appName')}</span>
              <span style={{ display: 'block', fontSize: 11, opacity: 0.75 }}>{t('common.tagline')}</span>
            </span>
          )}
        </Link>
        <nav aria-label={t('layout.mainMenu')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selected]}
            items={items}
            onClick={() => phone && setCollapsed(true)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: 16,
            height: 64,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: 24, maxWidth: 1440, width: '100%', margin: '0 auto' }}>
          <main>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
