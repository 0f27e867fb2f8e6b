/** The pieces of one report row, shared by the desktop table and the phone cards. */
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { formatNumber, type ReportRow } from '@thidua/shared';
import { Checkbox, Flex, Input, Tag, Tooltip, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VnNumberInput } from '../../campaigns/components/inputs.tsx';
import { formatIndicatorValue } from '../../campaigns/lib/format.ts';
import type { ReportEntry } from '../hooks/useReportEntry.ts';
import { cellDomId, cellKey, currentEntry, displayValue, focusNextValue, ratioValue } from '../lib/entry.ts';
import { PROGRESS_COLORS, useReportLabels } from '../lib/labels.ts';

/** What a row part needs: the row, the typing buffer and whether the report may change now. */
export interface RowProps {
  row: ReportRow;
  entry: ReportEntry;
  editable: boolean;
}

/** Enter moves on to the next value input (Tab keeps its usual order through Ước, comment and evidence). */
function onValueKey(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey) return;
  e.preventDefault();
  focusNextValue(e.target as HTMLElement);
}

const fmt = (row: ReportRow, v: number | null | undefined) => formatIndicatorValue(row.indicator, v);

/** Planned at period end: the value, or the band "lo – hi". */
export function plannedText(row: ReportRow): string {
  if (row.plannedLow !== null && row.plannedHigh !== null)
    return `${fmt(row, row.plannedLow)} – ${fmt(row, row.plannedHigh)}`;
  return fmt(row, row.planned);
}

export function previousText(row: ReportRow): string {
  return row.previous ? fmt(row, row.previous.value) : '';
}

/** The progress status of the saved value. */
export function ProgressTag({ row }: { row: ReportRow }) {
  const labels = useReportLabels();
  return (
    <Tag color={PROGRESS_COLORS[row.status]} style={{ marginInlineEnd: 0 }}>
      {labels.progress(row.status)}
    </Tag>
  );
}

/** "Bắt buộc" for rows due this period. */
export function DueMark({ row }: { row: ReportRow }) {
  const { t } = useTranslation();
  if (!row.due) return null;
  return (
    <Tooltip title={t('reports.dueHint')}>
      <Tag color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
        {t('reports.due')}
      </Tag>
    </Tooltip>
  );
}

/** Why the value looks unusual; a comment is then required (said only while there is none). */
export function OutlierNote({ row, entry }: { row: ReportRow; entry: ReportEntry }) {
  const { t } = useTranslation();
  if (!row.outlier) return null;
  const explained = currentEntry(row, entry.edits).comment.trim() !== '';
  return (
    <Typography.Text style={{ fontSize: 12, display: 'block', color: '#ad4e00' }}>
      <ExclamationCircleOutlined />{' '}
      {t(explained ? 'reports.outlierExplained' : 'reports.outlier', { reason: row.outlier })}
    </Typography.Text>
  );
}

function CellError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Typography.Text type="danger" role="alert" style={{ fontSize: 12, display: 'block', lineHeight: 1.35 }}>
      {message}
    </Typography.Text>
  );
}

/** The value input(s): one number, or a ratio's numerator and denominator with the computed result. */
export function ValueInputs({ row, entry, editable }: RowProps) {
  const { t } = useTranslation();
  const i = row.indicator;
  const e = currentEntry(row, entry.edits);
  const err = (f: 'value' | 'numerator' | 'denominator') => entry.cellErrors[cellKey(i.id, f)];

  if (!editable) {
    const shown = fmt(row, displayValue(row, e));
    return (
      <Flex vertical gap={0}>
        <Typography.Text strong>{shown || t('common.none')}</Typography.Text>
        {i.kind === 'ratio' && e.numerator !== null && e.denominator !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatNumber(e.numerator, 3)} / {formatNumber(e.denominator, 3)}
          </Typography.Text>
        )}
      </Flex>
    );
  }

  if (i.kind === 'ratio') {
    const computed = ratioValue(row, e);
    const part = (f: 'numerator' | 'denominator', label: string) => (
      <Flex vertical gap={2}>
        <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: 1.3 }}>
          {label}
        </Typography.Text>
        <VnNumberInput
          id={cellDomId(i.id, f)}
          data-entry-value=""
          aria-label={`${i.code} – ${label}`}
          value={e[f]}
          min={0}
          onChange={(v) => entry.setField(i.id, f, v ?? null)}
          onKeyDown={onValueKey}
          status={err(f) ? 'error' : undefined}
          style={{ width: '100%' }}
        />
        <CellError message={err(f)} />
      </Flex>
    );
    return (
      <Flex vertical gap={6}>
        {part('numerator', i.numeratorLabel || t('reports.numerator'))}
        {part('denominator', i.denominatorLabel || t('reports.denominator'))}
        <Typography.Text aria-live="polite" style={{ fontSize: 13 }}>
          {t('reports.computed')}: <strong>{computed === null ? '…' : fmt(row, computed)}</strong>
        </Typography.Text>
        <CellError message={err('value')} />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={2}>
      <VnNumberInput
        id={cellDomId(i.id, 'value')}
        data-entry-value=""
        aria-label={`${i.code} – ${t('reports.valueOf', { name: i.name })}`}
        value={e.value}
        onChange={(v) => entry.setField(i.id, 'value', v ?? null)}
        onKeyDown={onValueKey}
        status={err('value') ? 'error' : undefined}
        suffix={
          i.unitOfMeasure ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i.unitOfMeasure}
            </Typography.Text>
          ) : undefined
        }
        style={{ width: '100%' }}
      />
      <CellError message={err('value')} />
    </Flex>
  );
}

/** "Ước" (estimate). */
export function EstimateBox({ row, entry, editable }: RowProps) {
  const { t } = useTranslation();
  const e = currentEntry(row, entry.edits);
  if (!editable)
    return e.isEstimate ? (
      <Tag color="purple" style={{ marginInlineEnd: 0 }}>
        {t('reports.estimate')}
      </Tag>
    ) : null;
  return (
    <Checkbox
      id={cellDomId(row.indicator.id, 'isEstimate')}
      checked={e.isEstimate}
      onChange={(ev) => entry.setField(row.indicator.id, 'isEstimate', ev.target.checked)}
      aria-label={t('reports.estimateOf', { code: row.indicator.code })}
    >
      {t('reports.estimate')}
    </Checkbox>
  );
}

/** The comment; required (and marked so) when the value looks unusual. */
export function CommentInput({ row, entry, editable }: RowProps) {
  const { t } = useTranslation();
  const e = currentEntry(row, entry.edits);
  const required = row.outlier !== null;
  const error = entry.cellErrors[cellKey(row.indicator.id, 'comment')];
  if (!editable)
    return e.comment ? (
      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.comment}</Typography.Text>
    ) : null;
  const missing = required && !e.comment.trim();
  return (
    <Flex vertical gap={2}>
      <Input.TextArea
        id={cellDomId(row.indicator.id, 'comment')}
        aria-label={t('reports.commentOf', { code: row.indicator.code })}
        aria-required={required}
        value={e.comment}
        onChange={(ev) => entry.setField(row.indicator.id, 'comment', ev.target.value)}
        autoSize={{ minRows: 1, maxRows: 6 }}
        maxLength={2000}
        status={error || missing ? 'error' : undefined}
        placeholder={required ? t('reports.commentRequired') : t('reports.commentPlaceholder')}
      />
      <CellError message={error} />
    </Flex>
  );
}
