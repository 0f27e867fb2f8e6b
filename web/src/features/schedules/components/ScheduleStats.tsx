import type { Direction, Indicator, Schedule } from '@thidua/shared';
import { Flex, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lastActualIndex } from '../lib/chart-data.ts';
import { fmtWithUnit, PROGRESS_COLORS, useProgressLabel } from '../lib/format.ts';

function Stat({ title, value, note }: { title: string; value: ReactNode; note?: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <Flex
      vertical
      gap={2}
      style={{
        flex: '1 1 180px',
        minWidth: 0,
        padding: '10px 14px',
        borderRadius: token.borderRadiusLG,
        background: token.colorFillQuaternary,
      }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {title}
      </Typography.Text>
      <div style={{ fontSize: 20, fontWeight: 600, lineHeight: 1.3 }}>{value}</div>
      {note && <div style={{ fontSize: 13 }}>{note}</div>}
    </Flex>
  );
}

/** Target, latest actual, projection to the end and the pace still needed, said in words. */
export function ScheduleStats({
  indicator,
  direction,
  schedule,
}: {
  indicator: Indicator;
  direction: Direction;
  schedule: Schedule;
}) {
  const { t } = useTranslation();
  const progressLabel = useProgressLabel();
  const v = (x: number | null | undefined) => fmtWithUnit(indicator, x) || t('common.none');
  const last = schedule.points[lastActualIndex(schedule.points)];
  // A unit has no target unless its schedule says so; the whole indicator falls back on the plan's target.
  const target = schedule.target ?? (schedule.unitId === null ? indicator.targetValue : null);
  const { projection, paceNeeded, remainingPeriods } = schedule;

  let projectionNote: ReactNode = null;
  if (projection !== null && target !== null) {
    const gap = Math.abs(projection - target);
    const good = direction === 'at_most' ? projection <= target : projection >= target;
    if (direction === 'at_least' || direction === 'at_most')
      projectionNote = good ? (
        <Typography.Text type="success">
          {direction === 'at_most' ? t('schedules.projectionWithin') : t('schedules.projectionReaches')}
        </Typography.Text>
      ) : (
        <Typography.Text type="danger">
          {direction === 'at_most'
            ? t('schedules.projectionOver', { gap: v(gap) })
            : t('schedules.projectionShort', { gap: v(gap) })}
        </Typography.Text>
      );
  }

  let pace: ReactNode;
  if (remainingPeriods <= 0) pace = t('schedules.paceNoneLeft');
  else if (paceNeeded === null) pace = t('common.none');
  else if (paceNeeded <= 0 && direction === 'at_least') pace = t('schedules.paceDone');
  else if (direction === 'at_most')
    pace = t('schedules.paceAtMost', { pace: v(paceNeeded), count: remainingPeriods });
  else pace = t('schedules.paceNeeded', { pace: v(paceNeeded), count: remainingPeriods });

  return (
    <Flex gap={12} wrap>
      <Stat
        title={schedule.unitId === null ? t('schedules.statTarget') : t('schedules.statUnitTarget')}
        value={direction === 'band' ? `${v(indicator.targetLow)} – ${v(indicator.targetHigh)}` : v(target)}
      />
      <Stat
        title={last ? t('schedules.statActualAt', { period: last.label }) : t('schedules.statActual')}
        value={last ? v(last.actual) : t('schedules.noActual')}
        note={
          last && (
            <Flex gap={6} wrap>
              <Tag color={PROGRESS_COLORS[last.status]} style={{ marginInlineEnd: 0 }}>
                {progressLabel(last.status)}
              </Tag>
              {last.isEstimate && <Tag style={{ marginInlineEnd: 0 }}>{t('schedules.estimate')}</Tag>}
            </Flex>
          )
        }
      />
      <Stat title={t('schedules.statProjection')} value={v(projection)} note={projectionNote} />
      <Stat
        title={t('schedules.statPace')}
        value={<span style={{ fontSize: 16, fontWeight: 500 }}>{pace}</span>}
      />
    </Flex>
  );
}
