import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useCityT } from '../locales/index.ts';

/**
 * The opening card of the city's pages (the city dashboard, the report to the level above): the way back to the
 * campaign, the page's title, then what the page puts under it (subtitle, period).
 */
export function CityPageHeader({
  campaignId,
  title,
  compact,
  children,
}: {
  campaignId: number;
  title: string;
  compact: boolean;
  children: ReactNode;
}) {
  const t = useCityT();
  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { padding: compact ? '12px 14px' : '16px 24px' } }}>
      <Link to={`/dot-thi-dua/${campaignId}`} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('city.backToCampaign')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Card>
  );
}
