import {
  ApartmentOutlined,
  AuditOutlined,
  FileDoneOutlined,
  FlagOutlined,
  InboxOutlined,
  KeyOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useScorecardShortcuts } from '../../evaluation/hooks/useScorecardShortcuts.ts';

interface Shortcut {
  to: string;
  icon: ReactNode;
  title: string;
  desc: string;
}

/** Big, plainly labelled links to the other screens the user may open. */
export function Shortcuts() {
  const { t } = useTranslation();
  const perms = usePermissions();
  const scorecards = useScorecardShortcuts();
  const items: Shortcut[] = [
    {
      to: '/dot-thi-dua',
      icon: <FlagOutlined />,
      title: t('layout.campaigns'),
      desc: t('home.campaignsDesc'),
    },
    ...(perms.canReport
      ? [
          {
            to: '/bao-cao',
            icon: <FileDoneOutlined />,
            title: t('layout.myReports'),
            desc: t('home.myReportsDesc'),
          },
        ]
      : []),
    ...scorecards.map((s) => ({ ...s, icon: <TrophyOutlined /> })),
    ...(perms.canReviewReports
      ? [
          {
            to: '/tiep-nhan-bao-cao',
            icon: <InboxOutlined />,
            title: t('layout.reviewInbox'),
            desc: t('home.reviewInboxDesc'),
          },
        ]
      : []),
    { to: '/don-vi', icon: <ApartmentOutlined />, title: t('layout.org'), desc: t('home.orgDesc') },
    ...(perms.canReadUsers
      ? [{ to: '/nguoi-dung', icon: <TeamOutlined />, title: t('layout.users'), desc: t('home.usersDesc') }]
      : []),
    ...(perms.canReadAudit
      ? [{ to: '/nhat-ky', icon: <AuditOutlined />, title: t('layout.audit'), desc: t('home.auditDesc') }]
      : []),
    {
      to: '/doi-mat-khau',
      icon: <KeyOutlined />,
      title: t('auth.changePassword'),
      desc: t('home.passwordDesc'),
    },
  ];
  return (
    <section aria-label={t('home.shortcutsTitle')}>
      <Typography.Title level={4}>{t('home.shortcutsTitle')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {items.map((s) => (
          <Col key={s.to} xs={24} sm={12} xl={8}>
            <Link to={s.to} style={{ display: 'block', height: '100%' }}>
              <Card hoverable style={{ height: '100%' }}>
                <Flex gap={14} align="flex-start">
                  <span style={{ fontSize: 28, color: '#1456a0' }}>{s.icon}</span>
                  <div>
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      {s.title}
                    </Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {s.desc}
                    </Typography.Paragraph>
                  </div>
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </section>
  );
}
