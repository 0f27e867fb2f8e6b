import { formatNumber, type ReportListStatus, type Timeliness } from '@thidua/shared';
import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

export type InboxCountKey = ReportListStatus | Timeliness;

const STATUS_TILES: { key: ReportListStatus; tone: 'warning' | 'error' | 'success' | 'info' | 'plain' }[] = [
  { key: 'submitted', tone: 'warning' },
  { key: 'returned', tone: 'error' },
  { key: 'accepted', tone: 'success' },
  { key: 'draft', tone: 'info' },
  { key: 'not_started', tone: 'plain' },
];
const TIMELINESS_TILES: { key: Timeliness; tone: 'warning' | 'error' | 'success' | 'plain' }[] = [
  { key: 'on_time', tone: 'success' },
  { key: 'late', tone: 'warning' },
  { key: 'missing', tone: 'error' },
  { key: 'pending', tone: 'plain' },
];

function Tile({
  label,
  value,
  tone,
  active,
  onClick,
}: {
  label: string;
  value: number;
  tone: 'warning' | 'error' | 'success' | 'info' | 'plain';
  active: boolean;
  onClick: () => void;
}) {
  const { token } = theme.useToken();
  const color = {
    warning: token.colorWarningText,
    error: token.colorErrorText,
    success: token.colorSuccessText,
    info: token.colorInfoText,
    plain: token.colorText,
  }[tone];
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      style={{
        flex: '1 1 104px',
        minWidth: 96,
        textAlign: 'left',
        padding: '6px 10px',
        borderRadius: token.borderRadiusLG,
        border: `1px solid ${active ? token.colorPrimary : token.colorBorderSecondary}`,
        background: active ? token.colorPrimaryBg : token.colorBgContainer,
        boxShadow: active ? `0 0 0 1px ${token.colorPrimary}` : undefined,
        cursor: 'pointer',
        font: 'inherit',
      }}
    >
      <div
        style={{
          fontSize: 24,
          fontWeight: 600,
          lineHeight: 1.2,
          color: value > 0 ? color : token.colorTextTertiary,
        }}
      >
        {formatNumber(value)}
      </div>
      <div style={{ fontSize: 13, color: token.colorTextSecondary }}>{label}</div>
    </button>
  );
}

/**
 * The period at a glance: how many reports wait for review, were returned or accepted, are still being entered
 * or not started, and how many came on time, late or not at all. A tile filters the list below.
 */
export function InboxCounts({
  counts,
  active,
  onPick,
}: {
  counts: Partial<Record<InboxCountKey, number>>;
  active: InboxCountKey | undefined;
  onPick: (key: InboxCountKey) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={10}>
      <section aria-label={t('review.byStatus')}>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 4 }}>
          {t('review.byStatus')}
        </Typography.Text>
        <Flex gap={8} wrap>
          {STATUS_TILES.map((s) => (
            <Tile
              key={s.key}
              label={t(`review.count.${s.key}`)}
              value={counts[s.key] ?? 0}
              tone={s.tone}
              active={active === s.key}
              onClick={() => onPick(s.key)}
            />
          ))}
        </Flex>
      </section>
      <section aria-label={t('review.byTimeliness')}>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 4 }}>
          {t('review.byTimeliness')}
        </Typography.Text>
        <Flex gap={8} wrap>
          {TIMELINESS_TILES.filter((s) => s.key !== 'pending' || (counts.pending ?? 0) > 0).map((s) => (
            <Tile
              key={s.key}
              label={t(`review.count.${s.key}`)}
              value={counts[s.key] ?? 0}
              tone={s.tone}
              active={active === s.key}
              onClick={() => onPick(s.key)}
            />
          ))}
        </Flex>
      </section>
    </Flex>
  );
}
