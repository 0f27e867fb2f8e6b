import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  DashboardOutlined,
  FileTextOutlined,
  LineChartOutlined,
  RocketOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { type Campaign, type CampaignAction, formatNumber } from '@thidua/shared';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CampaignAccess } from '../hooks/types.ts';
import { documentRef, formatDay, timeFrame } from '../lib/format.ts';
import { CampaignStatusTag } from './CampaignStatusTag.tsx';
import { TransitionModal } from './TransitionModal.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={0}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text>{children}</Typography.Text>
    </Flex>
  );
}

/** Title, status, number and issuer of a campaign, its key dates, and the workflow buttons the user may press. */
export function CampaignHeader({ campaign: c, access }: { campaign: Campaign; access: CampaignAccess }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<CampaignAction | null>(null);
  const navigate = useNavigate();

  const notice =
    c.status === 'closed'
      ? { type: 'warning' as const, text: t('campaigns.closedNotice') }
      : !access.canEdit
        ? { type: 'info' as const, text: t('campaigns.readOnlyNotice') }
        : c.status === 'launched'
          ? { type: 'info' as const, text: t('campaigns.launchedNotice') }
          : null;

  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 24px' } }}>
      <Link to="/dot-thi-dua" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('campaigns.backToList')}
      </Link>
      <Flex justify="space-between" align="flex-start" gap={24} wrap>
        <Flex vertical gap={6} style={{ flex: '1 1 560px', minWidth: 0 }}>
          <Flex gap={10} align="center" wrap>
            <CampaignStatusTag status={c.status} />
            <Typography.Text strong>{t('campaigns.refLabel', { ref: documentRef(c) })}</Typography.Text>
            <Typography.Text type="secondary">· {c.issuingUnitName}</Typography.Text>
          </Flex>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 21, lineHeight: 1.4 }}>
            {c.title}
          </Typography.Title>
          <Flex wrap style={{ marginTop: 6, columnGap: 32, rowGap: 8 }}>
            <Fact label={t('campaigns.timeFrame')}>{timeFrame(c) || t('campaigns.noTimeFrame')}</Fact>
            <Fact label={t('campaigns.reportDeadline')}>
              {formatDay(c.reportDeadline) || t('common.none')}
            </Fact>
            <Fact label={t('campaigns.indicatorCount')}>{formatNumber(c.indicators.length)}</Fact>
            {c.parentCampaignId !== null && (
              <Fact label={t('campaigns.parentCampaign')}>
                <Link to={`/dot-thi-dua/${c.parentCampaignId}`}>
                  <Typography.Text
                    ellipsis={{ tooltip: c.parentCampaignTitle }}
                    style={{ maxWidth: 360, color: 'inherit' }}
                  >
                    {c.parentCampaignTitle ?? `#${c.parentCampaignId}`}
                  </Typography.Text>
                </Link>
              </Fact>
            )}
          </Flex>
        </Flex>
        <Flex gap={8} wrap>
          <Button icon={<LineChartOutlined />} onClick={() => navigate(`/dot-thi-dua/${c.id}/tien-do`)}>
            {t('schedules.open')}
          </Button>
          <Button
            icon={<DashboardOutlined />}
            onClick={() => navigate(`/dot-thi-dua/${c.id}/bang-dieu-khien`)}
          >
            {t('dashboard.open')}
          </Button>
          <Button icon={<FileTextOutlined />} onClick={() => navigate(`/dot-thi-dua/${c.id}/van-ban`)}>
            {t('documents.open')}
          </Button>
          {access.canLaunch && (
            <Button type="primary" icon={<RocketOutlined />} onClick={() => setAction('launch')}>
              {t('campaigns.launch')}
            </Button>
          )}
          {access.canClose && (
            <Button icon={<CheckCircleOutlined />} onClick={() => setAction('close')}>
              {t('campaigns.close')}
            </Button>
          )}
          {access.canReopen && (
            <Button icon={<RollbackOutlined />} onClick={() => setAction('reopen')}>
              {t('campaigns.reopen')}
            </Button>
          )}
        </Flex>
      </Flex>
      {notice && <Alert type={notice.type} showIcon title={notice.text} style={{ marginTop: 14 }} />}
      {action && <TransitionModal campaign={c} action={action} onClose={() => setAction(null)} />}
    </Card>
  );
}
