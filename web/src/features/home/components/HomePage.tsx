import { SafetyCertificateOutlined } from '@ant-design/icons';
import { formatDate, formatDateTime, ROLES } from '@thidua/shared';
import { Card, Col, Empty, Flex, List, Row, Tag, Typography } from 'antd';
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
              <List
                dataSource={assignments}
                renderItem={(a) => (
                  <List.Item key={a.id}>
                    <List.Item.Meta
                      avatar={<SafetyCertificateOutlined style={{ fontSize: 22, color: '#1456a0' }} />}
                      title={<Tag color="blue">{labels.role(a.role)}</Tag>}
                      description={t('home.roleScope', { unit: a.unitName })}
                    />
                  </List.Item>
                )}
              />
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
