import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Chưa nhập" in grey, for a part of the plan still empty. */
export function Missing() {
  const { t } = useTranslation();
  return <Typography.Text type="secondary">{t('campaigns.notEntered')}</Typography.Text>;
}

/** A long part of the plan: line breaks kept, folded after a few lines with "Xem thêm". */
export function LongText({ text, rows = 6 }: { text: string; rows?: number }) {
  const { t } = useTranslation();
  if (!text.trim()) return <Missing />;
  return (
    <Typography.Paragraph
      ellipsis={{
        rows,
        expandable: 'collapsible',
        symbol: (open) => (open ? t('campaigns.less') : t('campaigns.more')),
      }}
      style={{ whiteSpace: 'pre-line', marginBottom: 0, textAlign: 'justify' }}
    >
      {text}
    </Typography.Paragraph>
  );
}

/** A numbered or bulleted list of lines (legal bases, recipients). */
export function Lines({ items, ordered = false }: { items: string[]; ordered?: boolean }) {
  if (items.length === 0) return <Missing />;
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag style={{ margin: 0, paddingInlineStart: 22 }}>
      {items.map((line, i) => (
        // Lines may repeat; their place in the list is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i} style={{ marginBottom: 6 }}>
          {line}
        </li>
      ))}
    </Tag>
  );
}
