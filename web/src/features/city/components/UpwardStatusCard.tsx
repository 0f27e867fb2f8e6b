import { formatDateTime, type UpwardState } from '@thidua/shared';
import { Alert, Card, Flex, Grid, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDay } from '../../campaigns/lib/format.ts';
import { UPWARD_COLORS, useCityLabels } from '../lib/format.ts';
import { useCityT } from '../locales/index.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text>{children}</Typography.Text>
    </Flex>
  );
}

/** Where the aggregated report of the period stands: status, who sent and decided when, and the reasons given. */
export function UpwardStatusCard({ state }: { state: UpwardState }) {
  const t = useCityT();
  const labels = useCityLabels();
  const phone = Grid.useBreakpoint().md === false;
  const s = state.submission;
  return (
    <Card
      size={phone ? 'small' : undefined}
      title={t('city.upward.status.title')}
      style={{ height: '100%' }}
      styles={{ title: { whiteSpace: 'normal' } }}
      extra={
        <Tag
          color={UPWARD_COLORS[s?.status ?? 'none']}
          style={{ marginInlineEnd: 0 }}
          data-testid="upward-status"
        >
          {labels.upward(s?.status ?? null)}
        </Tag>
      }
    >
      <Flex vertical gap={12}>
        {!s && (
          <Typography.Text>{t('city.upward.status.none', { period: state.period.label })}</Typography.Text>
        )}
        {s?.status === 'returned' && s.returnReason && (
          <Alert
            type="warning"
            showIcon
            title={t('city.upward.status.returnReason', { text: s.returnReason })}
          />
        )}
        <Flex wrap style={{ columnGap: 32, rowGap: 8 }}>
          <Fact label={t('city.upward.status.due')}>{formatDay(state.period.dueOn) || '—'}</Fact>
          {s && (
            <>
              <Fact label={t('city.upward.status.submittedBy')}>{s.submittedBy ?? '—'}</Fact>
              <Fact label={t('city.upward.status.submittedAt')}>{formatDateTime(s.submittedAt)}</Fact>
            </>
          )}
          {s?.decidedAt && (
            <>
              <Fact label={t('city.upward.status.decidedBy')}>{s.decidedBy ?? '—'}</Fact>
              <Fact label={t('city.upward.status.decidedAt')}>{formatDateTime(s.decidedAt)}</Fact>
            </>
          )}
        </Flex>
        {s && s.missingUnits.length > 0 && (
          <Flex vertical gap={4}>
            <Typography.Text strong>
              {t('city.upward.status.missingUnits', { n: s.missingUnits.length })}
            </Typography.Text>
            <Typography.Text>{s.missingUnits.map((u) => u.name).join(', ')}</Typography.Text>
            {s.missingReason && (
              <Fact label={t('city.upward.status.missingReason')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{s.missingReason}</span>
              </Fact>
            )}
          </Flex>
        )}
        {s?.note && (
          <Fact label={t('city.upward.status.note')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{s.note}</span>
          </Fact>
        )}
      </Flex>
    </Card>
  );
}
