import { SafetyCertificateOutlined } from '@ant-design/icons';
import { formatDate, formatDateTime, ROLES } from '@thidua/shared';
import { Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../lib/labels.ts';
import { useCurrentUser } from '../../auth/hooks/useMe.ts';
import { Shortcuts } from './Shortcuts.tsx';
import { SystemInfo } from './SystemInfo.tsx';
import { UnitCounts } from './UnitCounts.tsx';

/** /: greeting, the user's roles and scopes, unit counts by kind, shortcuts to the other screens. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const labels = useLabels();
  const assignments = [...me.assignments].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));

  return (
    <Flex vertical gap={16}>
      <Card styles={{ body: { padding: '20px 24px' } }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('home.greeting', { name: me.user.fullName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('home.today', { date: formatDate(new Date()) })} ·{' '}
          {t('auth.sessionUntil', { time: formatDateTime(me.sessionExpiresAt) })}
        </Typography.Text>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('home.rolesTitle')} style={{ height: '100%' }}>
            {assignments.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.rolesEmpty')} />
            ) : (
              <Flex vertical gap={16} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {assignments.map((a) => (
                  <Flex key={a.id} component="li" gap={12} align="flex-start">
                    <SafetyCertificateOutlined style={{ fontSize: 22, color: '#1456a0', marginTop: 2 }} />
                    <div>
                      <Tag color="blue">{labels.role(a.role)}</Tag>
                      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                        {t('home.roleScope', { unit: a.unitName })}
                      </Typography.Text>
                    </div>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <UnitCounts />
        </Col>
      </Row>
      <Shortcuts />
      <SystemInfo />
    </Flex>
  );
}
