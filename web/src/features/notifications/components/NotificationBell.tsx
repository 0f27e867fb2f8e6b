import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { formatDateTime } from '@thidua/shared';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { NotificationItem } from '../api.ts';
import { useNotificationActions, useNotifications } from '../hooks/useNotifications.ts';
import { ago } from '../lib/relative-time.ts';

/** "5 phút trước", "2 giờ trước", or "10/12/2025 14:05" for older ones; the exact time on hover. */
function When({ iso }: { iso: string }) {
  const { t } = useTranslation();
  const a = ago(iso);
  const text =
    a.unit === 'now'
      ? t('notifications.justNow')
      : a.unit === 'date'
        ? a.text
        : t(`notifications.${a.unit}Ago`, { count: a.count });
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} title={formatDateTime(iso)}>
      {text}
    </Typography.Text>
  );
}

function Row({ n, onOpen }: { n: NotificationItem; onOpen: (n: NotificationItem) => void }) {
  const { token } = theme.useToken();
  const unread = n.readAt === null;
  return (
    <button
      type="button"
      onClick={() => onOpen(n)}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        border: 0,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        background: unread ? token.colorInfoBg : 'transparent',
        padding: '10px 12px',
        cursor: 'pointer',
        font: 'inherit',
      }}
    >
      <Flex gap={8} align="flex-start">
        <span
          aria-hidden
          style={{
            flex: 'none',
            width: 8,
            height: 8,
            marginTop: 7,
            borderRadius: 4,
            background: unread ? token.colorPrimary : 'transparent',
          }}
        />
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong={unread}>{n.title}</Typography.Text>
          {n.body && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13 }}>
              {n.body}
            </Typography.Paragraph>
          )}
          <When iso={n.createdAt} />
        </Flex>
      </Flex>
    </button>
  );
}

/**
 * The bell in the header: unread count as a badge (polled every minute), the latest notifications in a panel;
 * opening one marks it read and follows its link.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const list = useNotifications();
  const { markRead, markAllRead } = useNotificationActions();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const openItem = (n: NotificationItem) => {
    if (n.readAt === null) markRead.mutate(n.id);
    setOpen(false);
    if (!n.link) return;
    if (n.link.startsWith('/')) navigate(n.link);
    else window.location.assign(n.link);
  };

  const panel = (
    <div style={{ width: 380, maxWidth: 'calc(100vw - 24px)' }}>
      <Flex justify="space-between" align="center" gap={8} style={{ padding: '4px 12px 8px' }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          icon={<CheckOutlined />}
          disabled={unread === 0}
          onClick={() => markAllRead.mutate()}
          style={{ paddingInline: 0 }}
        >
          {t('notifications.markAll')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 'min(420px, 70vh)', overflowY: 'auto' }}>
        {list.isPending ? (
          <Flex justify="center" style={{ padding: 24 }}>
            <Spin />
          </Flex>
        ) : list.isError && !list.data ? (
          <Typography.Paragraph type="secondary" style={{ padding: 16, margin: 0 }}>
            {t('notifications.loadFailed')}
          </Typography.Paragraph>
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
        ) : (
          items.map((n) => <Row key={n.id} n={n} onOpen={openItem} />)
        )}
      </div>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      arrow={false}
      open={open}
      onOpenChange={setOpen}
      content={panel}
      styles={{ container: { padding: '8px 0 0' } }}
    >
      <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
          aria-haspopup="dialog"
          aria-expanded={open}
        />
      </Badge>
    </Popover>
  );
}
