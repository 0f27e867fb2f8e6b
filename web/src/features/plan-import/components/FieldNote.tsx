import { WarningFilled } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMeta } from '../lib/model.ts';

interface Props {
  meta: FieldMeta | undefined;
  /** How to show one alternative reading (numbers the Vietnamese way). */
  show?: (v: unknown) => string;
  onPick?: (v: unknown) => void;
  /** The current value: its reading is not offered again. */
  value?: unknown;
  /** The label for screen readers and the alternative buttons ("CT01 giá trị"). */
  label: string;
  error?: string;
  children: ReactNode;
}

/** True when a field needs a look: flagged by the parser or named by a warning. */
export const needsLook = (m: FieldMeta | undefined) =>
  Boolean(m && (m.flagged || m.issues.some((i) => i.severity !== 'info')));

/**
 * One reviewed value: the input, then — when the parser was unsure — a warning icon with the issue messages
 * and the other readings as one-click choices, and the server's or the rules' error under it.
 */
export function FieldNote({ meta, show = String, onPick, value, label, error, children }: Props) {
  const { t } = useTranslation();
  const look = needsLook(meta);
  const others = (meta?.alternatives ?? []).filter((a) => a !== value);
  // The issues say why the value needs a look; the parser's note only when there is no issue.
  const issueTexts = (meta?.issues ?? []).map((i) => i.message);
  const messages = [...new Set(issueTexts.length ? issueTexts : [meta?.note].filter(Boolean))];
  return (
    <Flex vertical gap={2}>
      <Flex gap={4} align="center">
        <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
        {look && (
          <Tooltip title={messages.join(' ') || t('planImport.flaggedMark')}>
            <WarningFilled
              role="img"
              aria-label={t('planImport.flaggedLabel', { label })}
              style={{ color: '#fa8c16' }}
            />
          </Tooltip>
        )}
      </Flex>
      {look && !error && messages.length > 0 && (
        <Typography.Text type="warning" style={{ fontSize: 12, lineHeight: 1.35 }}>
          {messages.join(' ')}
        </Typography.Text>
      )}
      {onPick && others.length > 0 && (
        <Flex gap={4} wrap align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('planImport.otherReadings')}
          </Typography.Text>
          {others.map((a) => (
            <Button
              key={String(a)}
              size="small"
              aria-label={t('planImport.pickReading', { label, value: show(a) })}
              onClick={() => onPick(a)}
            >
              {show(a)}
            </Button>
          ))}
        </Flex>
      )}
      {error && (
        <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
          {error}
        </Typography.Text>
      )}
    </Flex>
  );
}
