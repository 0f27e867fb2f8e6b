import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { Trend } from '@thidua/shared';
import { Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Better / worse / same since the last period, as a coloured arrow with its word (better is green and points
 * up whatever the indicator's direction: "tốt lên" reads the same for a rate that must fall).
 */
export function TrendMark({ trend, detail }: { trend: Trend; detail?: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (trend === null)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('dashboard.trend.unknown')}
      </Typography.Text>
    );
  const look = {
    better: { icon: <ArrowUpOutlined />, color: token.colorSuccessText },
    worse: { icon: <ArrowDownOutlined />, color: token.colorErrorText },
    same: { icon: <MinusOutlined />, color: token.colorTextSecondary },
  }[trend];
  return (
    <Flex vertical gap={0}>
      <Typography.Text style={{ color: look.color, whiteSpace: 'nowrap' }}>
        {look.icon} {t(`dashboard.trend.${trend}`)}
      </Typography.Text>
      {detail && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {detail}
        </Typography.Text>
      )}
    </Flex>
  );
}
