import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { Trend } from '@thidua/shared';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtScore } from '../../lib/format.ts';
import '../evaluation.css';

const STYLE = {
  better: { color: '#237804', Icon: ArrowUpOutlined },
  worse: { color: '#a8071a', Icon: ArrowDownOutlined },
  same: { color: '#595959', Icon: MinusOutlined },
} as const;

/** ↑ / ↓ / – against the previous period's total, its value on hover; nothing to compare shows "—". */
export function TrendArrow({ trend, previous }: { trend: Trend; previous: number | null }) {
  const { t } = useTranslation();
  if (!trend || previous === null)
    return (
      <Tooltip title={t('evaluation.trendNone')}>
        <Typography.Text type="secondary">—</Typography.Text>
      </Tooltip>
    );
  const s = STYLE[trend];
  const text = t(`evaluation.trend.${trend}`, { previous: fmtScore(previous) });
  return (
    <Tooltip title={text}>
      <span style={{ color: s.color, whiteSpace: 'nowrap' }}>
        <s.Icon aria-hidden />
        <span className="sr-only">{text}</span>{' '}
        <span aria-hidden>{t('evaluation.fromPrevious', { previous: fmtScore(previous) })}</span>
      </span>
    </Tooltip>
  );
}
