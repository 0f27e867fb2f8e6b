import { formatDateTime, OBJECTION_STATUS_LABELS, type Objection } from '@thidua/shared';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';

/** Dark text on a light tint (contrast ≥ 4.5 : 1), the same hue as the item's left border. */
const STATUS_STYLES: Record<Objection['status'], { color: string; background: string; borderColor: string }> =
  {
    open: { color: '#7a4100', background: '#fff4d6', borderColor: '#f0c36d' },
    upheld: { color: '#8f1111', background: '#fdeaea', borderColor: '#f2a9a9' },
    dismissed: { color: '#374151', background: '#f3f4f6', borderColor: '#d1d5db' },
  };
const BORDER: Record<Objection['status'], string> = {
  open: '#d48806',
  upheld: '#cf1322',
  dismissed: '#8c96a5',
};

/** Open ones first, then the newest. */
const order = (a: Objection, b: Objection) =>
  Number(b.status === 'open') - Number(a.status === 'open') || b.createdAt.localeCompare(a.createdAt);

/**
 * The comments received in one disclosure: what, about whom, when, the contact if any, and how each was settled.
 * `onResolve` (the office only) opens the settle dialog on an open one.
 */
export function ObjectionList({
  objections,
  onResolve,
}: {
  objections: Objection[];
  onResolve?: (o: Objection) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (objections.length === 0)
    return <Typography.Text type="secondary">{t('disclosure.office.noObjections')}</Typography.Text>;
  return (
    <ul
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 10 }}
    >
      {[...objections].sort(order).map((o) => (
        <li
          key={o.id}
          data-testid="objection"
          style={{
            border: '1px solid #e3e7ee',
            borderInlineStart: `4px solid ${BORDER[o.status]}`,
            borderRadius: 6,
            padding: '10px 14px',
            background: '#ffffff',
          }}
        >
          <Flex justify="space-between" gap={8} wrap align="center">
            <Flex gap={8} wrap align="center">
              <Tag style={{ ...STATUS_STYLES[o.status], marginInlineEnd: 0 }}>
                {OBJECTION_STATUS_LABELS[o.status][lang]}
              </Tag>
              <Typography.Text strong>
                {t('disclosure.office.about', { name: o.nomineeName })}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('disclosure.office.receivedAt', { time: formatDateTime(o.createdAt) })}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph style={{ margin: '8px 0 4px', whiteSpace: 'pre-line' }}>
            {o.content}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {o.contact
              ? t('disclosure.office.contact', { contact: o.contact })
              : t('disclosure.office.noContact')}
          </Typography.Text>
          {o.resolution && (
            <div style={{ marginTop: 8, paddingTop: 8, borderTop: '1px dashed #e3e7ee' }}>
              <Typography.Text>{o.resolution}</Typography.Text>
              {o.resolvedAt && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                  {t('disclosure.office.resolvedBy', {
                    by: o.resolvedBy ?? '—',
                    time: formatDateTime(o.resolvedAt),
                  })}
                </Typography.Text>
              )}
            </div>
          )}
          {o.status === 'open' && onResolve && (
            <Button
              type="primary"
              style={{ display: 'block', marginTop: 10 }}
              onClick={() => onResolve(o)}
              aria-label={t('disclosure.office.resolveNamed', { name: o.nomineeName })}
            >
              {t('disclosure.office.resolve')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
