import { ApartmentOutlined, SendOutlined } from '@ant-design/icons';
import type { Campaign } from '@thidua/shared';
import { Button, Card, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { cityPath, upwardPath } from '../api.ts';
import { useCityT } from '../locales/index.ts';

type Shape = Pick<Campaign, 'id' | 'parentCampaignId' | 'subCampaigns'>;

/** Whether a campaign has city-level screens: its wards' roll-up, or its own report upward. */
const links = (c: Shape | undefined) => ({
  city: !!c && c.subCampaigns.length > 0,
  upward: !!c && c.parentCampaignId !== null,
});

/**
 * The way to the city screens from a campaign: "Tổng hợp các phường" when wards implement it, "Báo cáo lên cấp
 * trên" when it implements a higher plan. `inline` gives bare links for a header; otherwise a small card.
 */
export function CityLinks({ campaign, inline = false }: { campaign: Shape | undefined; inline?: boolean }) {
  const t = useCityT();
  const navigate = useNavigate();
  const show = links(campaign);
  if (!campaign || (!show.city && !show.upward)) return null;
  if (inline)
    return (
      <Flex gap="4px 16px" wrap style={{ marginInlineStart: 'auto', marginInlineEnd: 8 }}>
        {show.city && (
          <Link to={cityPath(campaign.id)}>
            <ApartmentOutlined /> {t('city.links.city')}
          </Link>
        )}
        {show.upward && (
          <Link to={upwardPath(campaign.id)}>
            <SendOutlined /> {t('city.links.upward')}
          </Link>
        )}
      </Flex>
    );
  return (
    <Card size="small" style={{ marginBottom: 16 }} styles={{ body: { padding: '10px 24px' } }}>
      <Flex gap={12} align="center" justify="space-between" wrap>
        <Flex vertical gap={0} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Text strong>{t('city.links.title')}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {show.city ? t('city.links.cityHint') : t('city.links.upwardHint')}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap>
          {show.city && (
            <Button icon={<ApartmentOutlined />} onClick={() => navigate(cityPath(campaign.id))}>
              {t('city.links.city')}
            </Button>
          )}
          {show.upward && (
            <Button icon={<SendOutlined />} onClick={() => navigate(upwardPath(campaign.id))}>
              {t('city.links.upward')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
