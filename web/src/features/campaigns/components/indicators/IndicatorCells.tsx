import { ApartmentOutlined, PaperClipOutlined } from '@ant-design/icons';
import { type Campaign, childrenSumProblem, type Indicator } from '@thidua/shared';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatIndicatorValue } from '../../lib/format.ts';
import { KIND_COLORS, useCampaignLabels } from '../../lib/labels.ts';

/** The name, with the ratio's parts and, for a parent, how its children relate to it. */
export function NameCell({ indicator: i, campaign: c }: { indicator: Indicator; campaign: Campaign }) {
  const { t } = useTranslation();
  const labels = useCampaignLabels();
  const children = c.indicators.filter((x) => x.parentIndicatorId === i.id);
  const sum = children.reduce((s, x) => s + (x.targetValue ?? 0), 0);
  const problem = childrenSumProblem(i.childrenRule, i.targetValue, children);
  return (
    <Flex vertical gap={2}>
      <Typography.Text>
        {i.name}
        {i.evidenceRequired && (
          <Tooltip title={t('indicators.evidenceRequired')}>
            <PaperClipOutlined style={{ marginInlineStart: 6, color: 'rgba(0,0,0,0.45)' }} />
          </Tooltip>
        )}
      </Typography.Text>
      {(i.numeratorLabel || i.denominatorLabel) && (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, tooltip: true }}
          style={{ fontSize: 12, margin: 0 }}
        >
          {t('indicators.ratioParts', {
            numerator: i.numeratorLabel ?? '…',
            denominator: i.denominatorLabel ?? '…',
          })}
        </Typography.Paragraph>
      )}
      {children.length > 0 && (
        <Typography.Text type={problem ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          <ApartmentOutlined />{' '}
          {t('indicators.childrenHint', {
            count: children.length,
            rule: labels.childrenRule(i.childrenRule),
            sum: formatIndicatorValue(i, sum),
          })}
          {problem ? ` — ${problem}` : ''}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The kind as a coloured tag and the direction under it. */
export function KindCell({ indicator: i }: { indicator: Indicator }) {
  const labels = useCampaignLabels();
  return (
    <Flex vertical gap={2} align="flex-start">
      <Tag color={KIND_COLORS[i.kind]} style={{ marginInlineEnd: 0 }}>
        {labels.kind(i.kind)}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {labels.direction(i.direction)}
      </Typography.Text>
    </Flex>
  );
}
