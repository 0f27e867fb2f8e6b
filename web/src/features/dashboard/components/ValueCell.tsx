import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { type DashIndicator, fmtValue, fmtWithUnit, noDataText } from '../lib/format.ts';

/** The value as a link to where it came from (the units' reports), or why there is none. */
export function ValueLink({
  indicator: i,
  onOpen,
  withUnit = false,
}: {
  indicator: DashIndicator;
  onOpen: (id: number) => void;
  withUnit?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = withUnit ? fmtWithUnit(i, i.value) : fmtValue(i, i.value);
  if (!text)
    return (
      <Typography.Text type="secondary">{noDataText(i.noData, lang, t('dashboard.noData'))}</Typography.Text>
    );
  return (
    <Button
      type="link"
      size="small"
      onClick={() => onOpen(i.id)}
      title={t('dashboard.table.sourcesOf', { code: i.code })}
      aria-label={`${t('dashboard.table.sourcesOf', { code: i.code })}: ${text}`}
      style={{ padding: 0, height: 'auto', fontWeight: 600 }}
    >
      {text}
    </Button>
  );
}

/** The value with "ước" for estimates and "3/5 đơn vị" while not every unit has reported. */
export function ValueCell({
  indicator: i,
  onOpen,
  align = 'flex-end',
}: {
  indicator: DashIndicator;
  onOpen: (id: number) => void;
  align?: 'flex-start' | 'flex-end';
}) {
  const { t } = useTranslation();
  // "3/5 đơn vị" qualifies a number; without one the reason already says it.
  const partial = i.value !== null && i.unitsAssigned > 0 && i.unitsReported < i.unitsAssigned;
  return (
    <Flex vertical gap={0} align={align}>
      <Flex gap={4} align="center" justify={align} wrap>
        {i.isEstimate && i.value !== null && (
          <Tag title={t('dashboard.table.estimateHint')} style={{ marginInlineEnd: 0 }}>
            {t('dashboard.table.estimate')}
          </Tag>
        )}
        <ValueLink indicator={i} onOpen={onOpen} />
      </Flex>
      {partial && (
        <Tooltip
          title={t('dashboard.table.partialHint', { reported: i.unitsReported, assigned: i.unitsAssigned })}
        >
          <Typography.Text type="warning" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('dashboard.table.partial', { reported: i.unitsReported, assigned: i.unitsAssigned })}
          </Typography.Text>
        </Tooltip>
      )}
    </Flex>
  );
}
