import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { type Campaign, formatDateTime, type Indicator, SCHEDULE_METHOD_LABELS } from '@thidua/shared';
import { Alert, App, Button, Card, Flex, Grid, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useLang } from '../../../app/i18n.ts';
import { type ApiError, isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { todayVn } from '../../review/lib/defaults.ts';
import { useSchedule, useScheduleMutations } from '../hooks/useSchedule.ts';
import { chartRows, periodOfToday } from '../lib/chart-data.ts';
import { type Draft, draftOf, rowErrors, sameDraft, saveBody, withValue } from '../lib/draft.ts';
import { GeneratorPanel, type GeneratorValues } from './GeneratorPanel.tsx';
import { ScheduleChart } from './ScheduleChart.tsx';
import { ScheduleStats } from './ScheduleStats.tsx';
import { ScheduleTable } from './ScheduleTable.tsx';

/**
 * The schedule of one indicator for one unit (or as a whole): figures, chart, and the per-period table; editors
 * also get the generator and Save. Edits stay in a local draft until saved; a save that lost a race (409) offers to
 * load the newer version or to save over it, and field errors (400) land on their rows.
 */
export function ScheduleEditor({
  campaign,
  indicator,
  unitId,
  editable,
}: {
  campaign: Campaign;
  indicator: Indicator;
  unitId: number | null;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const schedule = useSchedule(indicator.id, unitId);
  const { generate, save } = useScheduleMutations(indicator.id, unitId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [fellBack, setFellBack] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | Error | null>(null);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());

  const s = schedule.data;
  const loaded = useMemo(() => (s ? draftOf(s) : null), [s]);
  const shown = draft ?? loaded;
  const dirty = Boolean(draft && loaded && !sameDraft(draft, loaded));
  const rows = useMemo(() => (s && shown ? chartRows(s, shown) : []), [s, shown]);
  const today = periodOfToday(rows, campaign.startsOn, todayVn());

  if (schedule.isError && !s)
    return <QueryError error={schedule.error} onRetry={() => void schedule.refetch()} />;
  if (!s || !shown)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );

  const direction = indicator.direction;
  const hasPlan = shown.points.some((p) => p.planned !== null || p.plannedLow !== null);
  const clearErrors = () => {
    setErrors(new Map());
    setSaveError(null);
  };

  const onGenerate = (v: GeneratorValues) => {
    clearErrors();
    generate.mutate(
      {
        method: v.method,
        baseline: v.baseline,
        target: v.target,
        every: v.method === 'stepped' ? v.every : undefined,
        lastYear: v.method === 'shaped' ? v.lastYear : undefined,
      },
      {
        onSuccess: (preview) => {
          setDraft(draftOf(preview));
          setFellBack(preview.fellBackToLinear);
          void message.info(t('schedules.generated'));
        },
        onError: (e) => void message.error(errorMessage(e, { details: true })),
      },
    );
  };

  const onSave = (version: number) => {
    clearErrors();
    save.mutate(saveBody(shown, version), {
      onSuccess: () => {
        setDraft(null);
        setConflict(false);
        setFellBack(false);
        void message.success(t('schedules.saved'));
      },
      onError: (e) => {
        if (isApiError(e, 'CONFLICT_STALE')) {
          setConflict(true);
          void schedule.refetch();
          return;
        }
        if (isApiError(e)) setErrors(rowErrors(e.details).rows);
        setSaveError(e);
      },
    });
  };

  const discard = () => {
    setDraft(null);
    setConflict(false);
    setFellBack(false);
    clearErrors();
  };

  const initialGen: GeneratorValues = {
    method: shown.method === 'stepped' || shown.method === 'shaped' ? shown.method : 'linear',
    baseline: shown.baseline ?? indicator.baselineValue ?? 0,
    // A unit has no target of its own in the plan: the editor types it (the whole indicator's is known).
    target: shown.target ?? (unitId === null ? indicator.targetValue : null),
    every: 3,
    lastYear: [],
  };
  const errorRows = saveError && isApiError(saveError) ? rowErrors(saveError.details) : null;

  return (
    <Flex vertical gap={16}>
      {!s.saved && (
        <Alert
          type="info"
          showIcon
          title={
            s.points.every((p) => p.planned === null)
              ? editable
                ? t('schedules.emptyEditor')
                : t('schedules.emptyReader')
              : editable
                ? t('schedules.proposalEditor')
                : t('schedules.proposalReader')
          }
        />
      )}
      <Card size={size}>
        <ScheduleStats indicator={indicator} direction={direction} schedule={s} />
      </Card>
      <Card size={size} title={t('schedules.chartTitle')}>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginBottom: 8 }}>
          {t('schedules.methodIs', { method: SCHEDULE_METHOD_LABELS[shown.method][lang] })}
          {s.saved &&
            !dirty &&
            s.updatedAt &&
            ` · ${t('schedules.savedAt', { time: formatDateTime(s.updatedAt) })}`}
        </Typography.Text>
        <ScheduleChart
          indicator={indicator}
          direction={direction}
          rows={rows}
          target={shown.target ?? (unitId === null ? indicator.targetValue : null)}
          todayPeriodId={today}
        />
      </Card>
      <Card
        size={size}
        title={t('schedules.tableTitle')}
        extra={
          editable && (
            <Flex gap={8} align="center" wrap>
              {(dirty || (!s.saved && hasPlan)) && <Tag color="warning">{t('schedules.unsaved')}</Tag>}
              {draft && (
                <Button icon={<UndoOutlined />} onClick={discard} disabled={save.isPending}>
                  {t('schedules.discard')}
                </Button>
              )}
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={save.isPending}
                disabled={!(dirty || (!s.saved && hasPlan)) || conflict}
                onClick={() => onSave(s.version)}
              >
                {t('common.save')}
              </Button>
            </Flex>
          )
        }
      >
        {editable && (
          <div style={{ marginBottom: 12 }}>
            <GeneratorPanel
              key={`${s.version}-${s.updatedAt ?? ''}`}
              initial={initialGen}
              periods={s.points}
              loading={generate.isPending}
              onGenerate={onGenerate}
            />
          </div>
        )}
        {fellBack && (
          <Alert type="warning" showIcon title={t('schedules.fellBack')} style={{ marginBottom: 12 }} />
        )}
        {conflict && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('schedules.conflictTitle')}
            description={
              <Flex vertical gap={8}>
                <span>{t('schedules.conflictDesc')}</span>
                <Flex gap={8} wrap>
                  <Button size="small" onClick={discard}>
                    {t('schedules.conflictLoad')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    loading={schedule.isFetching || save.isPending}
                    onClick={() => onSave(s.version)}
                  >
                    {t('schedules.conflictOverwrite')}
                  </Button>
                </Flex>
              </Flex>
            }
          />
        )}
        {saveError && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setSaveError(null) }}
            style={{ marginBottom: 12 }}
            title={errorRows && errorRows.rows.size > 0 ? t('schedules.invalid') : errorMessage(saveError)}
            description={
              errorRows && (errorRows.rows.size > 0 || errorRows.other.length > 0) ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {[...errorRows.rows.entries()].map(([key, msg]) => {
                    const index = Number(key.split('.')[0]);
                    return (
                      <li key={key}>
                        {s.points[index]?.label ?? key}: {msg}
                      </li>
                    );
                  })}
                  {errorRows.other.map((d) => (
                    <li key={d.path}>{d.message}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <ScheduleTable
          indicator={indicator}
          direction={direction}
          draft={shown}
          points={s.points}
          editable={editable}
          errors={errors}
          onChange={(i, field, value) => {
            setDraft(withValue(shown, i, field, value));
            if (errors.has(`${i}.${field}`)) {
              const next = new Map(errors);
              next.delete(`${i}.${field}`);
              setErrors(next);
            }
          }}
        />
      </Card>
    </Flex>
  );
}
