import { formatNumber } from '@thidua/shared';
import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router-dom';

export type Tone = 'success' | 'warning' | 'error' | 'info' | 'plain';

/**
 * One count with its label. With `to` it is a link to the list the count came from; with `onClick` a toggle
 * (`active` outlines it). Zero is shown greyed.
 */
export function StatTile({
  label,
  value,
  tone = 'plain',
  to,
  onClick,
  active,
  title,
  testId,
}: {
  label: ReactNode;
  value: number;
  tone?: Tone;
  to?: string;
  onClick?: () => void;
  active?: boolean;
  title?: string;
  testId?: string;
}) {
  const { token } = theme.useToken();
  const color = {
    warning: token.colorWarningText,
    error: token.colorErrorText,
    success: token.colorSuccessText,
    info: token.colorInfoText,
    plain: token.colorText,
  }[tone];
  const style: CSSProperties = {
    display: 'block',
    flex: '1 1 120px',
    minWidth: 104,
    textAlign: 'left',
    padding: '8px 12px',
    borderRadius: token.borderRadiusLG,
    border: `1px solid ${active ? token.colorPrimary : token.colorBorderSecondary}`,
    background: active ? token.colorPrimaryBg : token.colorBgContainer,
    boxShadow: active ? `0 0 0 1px ${token.colorPrimary}` : undefined,
    cursor: to || onClick ? 'pointer' : 'default',
    font: 'inherit',
    color: 'inherit',
  };
  const body = (
    <>
      <div
        data-testid={testId}
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
    </>
  );
  if (to)
    return (
      <Link to={to} style={style} title={title}>
        {body}
      </Link>
    );
  if (onClick)
    return (
      <button type="button" style={style} onClick={onClick} aria-pressed={active} title={title}>
        {body}
      </button>
    );
  return <div style={style}>{body}</div>;
}
