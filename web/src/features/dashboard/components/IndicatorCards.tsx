import { Flex, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_COLORS, useReportLabels } from '../../reports/lib/labels.ts';
import { type DashIndicator, fmtScore, fmtShare, fmtTarget, fmtValue } from '../lib/format.ts';
import { TrendMark } from './TrendMark.tsx';
import { ValueCell } from './ValueCell.tsx';

/** One line of figures: a label above its value. */
function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div>{children}</div>
    </Flex>
  );
}

/** The indicator table on a phone: one block per indicator, the same figures without sideways scrolling. */
export function IndicatorCards({ rows, onOpen }: { rows: DashIndicator[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { token } = theme.useToken();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((i) => (
        <li
          key={i.id}
          data-code={i.code}
          style={{
            padding: '10px 0',
            paddingInlineStart: i.depth * 12,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Flex justify="space-between" gap={8} align="flex-start">
            <Typography.Text style={{ minWidth: 0 }}>
              <strong>{i.code}</strong> · {i.name}
              {i.unitOfMeasure && <Typography.Text type="secondary"> ({i.unitOfMeasure})</Typography.Text>}
            </Typography.Text>
            <Tag color={PROGRESS_COLORS[i.status]} style={{ marginInlineEnd: 0, flex: 'none' }}>
              {labels.progress(i.status)}
            </Tag>
          </Flex>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 8, marginTop: 6 }}>
            <Figure label={t('dashboard.table.value')}>
              <ValueCell indicator={i} onOpen={onOpen} align="flex-start" />
            </Figure>
            <Figure label={t('dashboard.table.target')}>{fmtTarget(i) || '—'}</Figure>
            <Figure label={t('dashboard.table.planned')}>{fmtValue(i, i.planned) || '—'}</Figure>
            <Figure label={t('dashboard.table.completion')}>{fmtShare(i.completion) || '—'}</Figure>
            <Figure label={t('dashboard.table.score')}>
              <Typography.Text type={i.redFlag ? 'danger' : undefined}>
                {fmtScore(i.score) || '—'}
              </Typography.Text>
            </Figure>
            <Figure label={t('dashboard.table.trend')}>
              <TrendMark trend={i.trend} />
            </Figure>
          </div>
        </li>
      ))}
    </ul>
  );
}
