/** Readable history entries: "indicator CT01.targetValue" → "Chỉ tiêu CT01 · Giá trị chỉ tiêu", values the Vietnamese way. */
import {
  type Campaign,
  type CampaignStatus,
  type ChildrenRule,
  type Direction,
  type Frequency,
  formatNumber,
  type Indicator,
  type IndicatorKind,
  type RollupRule,
} from '@thidua/shared';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { formatDay, formatIndicatorValue, formatIssuedOn, formatTarget } from '../../lib/format.ts';
import type { useCampaignLabels } from '../../lib/labels.ts';

type Labels = ReturnType<typeof useCampaignLabels>;

/** Field name → i18n key of its label. */
const CAMPAIGN_FIELDS: Record<string, string> = {
  title: 'campaigns.titleField',
  documentNumber: 'campaigns.documentNumber',
  documentSymbol: 'campaigns.documentSymbol',
  place: 'campaigns.place',
  issuedOn: 'campaigns.issuedOn',
  parentCampaignId: 'campaigns.parentCampaign',
  legalBases: 'campaigns.secLegal',
  purpose: 'campaigns.purpose',
  requirements: 'campaigns.requirements',
  content: 'campaigns.content',
  generalGoal: 'campaigns.generalGoal',
  tasks: 'tasks.title',
  startsOn: 'campaigns.startsOn',
  endsOn: 'campaigns.endsOn',
  reportDeadline: 'campaigns.reportDeadline',
  reportPeriodKind: 'campaigns.reportPeriodKind',
  reportCutoffDay: 'campaigns.reportCutoffDay',
  reportDueDays: 'campaigns.reportDueDays',
  remindBeforeDays: 'campaigns.remindBeforeDays',
  remindAfterDays: 'campaigns.remindAfterDays',
  dossierCheckDays: 'campaigns.dossierCheckDays',
  rewardsText: 'campaigns.rewardsText',
  organisationText: 'campaigns.organisationText',
  recipients: 'campaigns.recipients',
  signer: 'campaigns.secSigner',
  status: 'campaigns.status',
};
const INDICATOR_FIELDS: Record<string, string> = {
  code: 'indicators.code',
  name: 'indicators.name',
  unitOfMeasure: 'indicators.unitOfMeasure',
  kind: 'indicators.kind',
  direction: 'indicators.direction',
  targetValue: 'indicators.targetValue',
  targetLow: 'indicators.targetLow',
  targetHigh: 'indicators.targetHigh',
  tolerance: 'indicators.tolerance',
  baselineValue: 'indicators.baselineValue',
  numeratorLabel: 'indicators.numeratorLabel',
  denominatorLabel: 'indicators.denominatorLabel',
  factor: 'indicators.factor',
  allowOver100: 'indicators.allowOver100',
  minValue: 'indicators.minValue',
  maxValue: 'indicators.maxValue',
  parentIndicatorId: 'indicators.parent',
  childrenRule: 'indicators.childrenRule',
  linkedIndicatorId: 'indicators.linked',
  rollupRule: 'indicators.rollupRule',
  frequency: 'indicators.frequency',
  evidenceRequired: 'indicators.evidenceRequired',
  responsibleUnitId: 'indicators.responsibleUnit',
  coordinatingUnitIds: 'indicators.coordinatingUnits',
  weight: 'indicators.weight',
  sortOrder: 'indicators.sortOrder',
  sourceText: 'indicators.sourceText',
  note: 'indicators.note',
};

/** A history field split into what it is about. */
export type ParsedField =
  | { kind: 'campaign'; name: string }
  | { kind: 'indicator'; code: string; name: string | null }
  | { kind: 'assign'; mode: 'add' | 'remove' }
  | { kind: 'other'; raw: string };

export function parseField(field: string): ParsedField {
  if (field === 'assignments add' || field === 'assignments remove')
    return { kind: 'assign', mode: field.endsWith('add') ? 'add' : 'remove' };
  const m = /^indicator (\S+?)(?:\.([A-Za-z0-9]+))?$/.exec(field);
  if (m?.[1]) {
    // Codes may contain dots (CT01.1): the last part is a field name only when it is one we know.
    const tail = m[2];
    if (tail && INDICATOR_FIELDS[tail]) return { kind: 'indicator', code: m[1], name: tail };
    return { kind: 'indicator', code: tail ? `${m[1]}.${tail}` : m[1], name: null };
  }
  if (CAMPAIGN_FIELDS[field]) return { kind: 'campaign', name: field };
  return { kind: 'other', raw: field };
}

/** The label of a history field. */
export function fieldLabel(f: ParsedField, t: TFunction): string {
  switch (f.kind) {
    case 'campaign':
      return t(CAMPAIGN_FIELDS[f.name] as 'campaigns.status');
    case 'indicator':
      return f.name
        ? `${t('history.indicatorField', { code: f.code })} · ${t(INDICATOR_FIELDS[f.name] as 'indicators.code')}`
        : t('history.indicatorAdded', { code: f.code });
    case 'assign':
      return t(f.mode === 'add' ? 'history.assignAdd' : 'history.assignRemove');
    default:
      return f.raw;
  }
}

export interface FormatContext {
  t: TFunction;
  labels: Labels;
  campaign: Campaign;
  unitName: (id: number) => string;
}

const none = <Typography.Text type="secondary">—</Typography.Text>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function longText(s: string) {
  return (
    <Typography.Paragraph
      ellipsis={{ rows: 3, expandable: 'collapsible' }}
      style={{ margin: 0, whiteSpace: 'pre-line' }}
    >
      {s}
    </Typography.Paragraph>
  );
}

/** One before/after value of a history entry, in words and Vietnamese number and date formats. */
export function formatChange(f: ParsedField, v: unknown, ctx: FormatContext): ReactNode {
  const { t, labels, campaign, unitName } = ctx;
  if (v === null || v === undefined || v === '') return none;
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  const name = f.kind === 'campaign' || f.kind === 'indicator' ? f.name : null;
  const ind: Indicator | undefined =
    f.kind === 'indicator' ? campaign.indicators.find((i) => i.code === f.code) : undefined;

  if (f.kind === 'assign' && isRecord(v)) {
    const codes = Array.isArray(v.indicators) ? v.indicators.join(', ') : '';
    const ids = Array.isArray(v.unitIds) ? (v.unitIds as number[]) : [];
    const shown = ids.slice(0, 6).map(unitName).join(', ');
    const more = ids.length > 6 ? ` ${t('history.andMore', { count: ids.length - 6 })}` : '';
    return t('history.assignValue', { codes, units: `${shown}${more}`, count: ids.length });
  }
  if (f.kind === 'indicator' && name === null && isRecord(v)) {
    const snap = v as unknown as Indicator;
    return `${snap.code} – ${snap.name}: ${formatTarget(snap)} ${snap.unitOfMeasure}`.trim();
  }
  if (typeof v === 'string') {
    if (name === 'status') return labels.status(v as CampaignStatus);
    if (name === 'kind') return labels.kind(v as IndicatorKind);
    if (name === 'direction') return labels.direction(v as Direction);
    if (name === 'frequency') return labels.frequency(v as Frequency);
    if (name === 'childrenRule') return labels.childrenRule(v as ChildrenRule);
    if (name === 'rollupRule') return labels.rollup(v as RollupRule);
    if (name === 'issuedOn') return formatIssuedOn(v);
    if (name === 'startsOn' || name === 'endsOn' || name === 'reportDeadline') return formatDay(v);
    return v.length > 160 ? longText(v) : v;
  }
  if (typeof v === 'number') {
    if (name === 'responsibleUnitId') return unitName(v);
    if (name === 'parentIndicatorId') return campaign.indicators.find((i) => i.id === v)?.code ?? `#${v}`;
    if (name === 'parentCampaignId')
      return campaign.parentCampaignId === v && campaign.parentCampaignTitle
        ? campaign.parentCampaignTitle
        : `#${v}`;
    if (ind && name && ['targetValue', 'targetLow', 'targetHigh', 'baselineValue'].includes(name))
      return formatIndicatorValue(ind, v);
    return formatNumber(v, 3);
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return none;
    if (name === 'coordinatingUnitIds') return (v as number[]).map(unitName).join(', ');
    if (name === 'tasks')
      return (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {(v as Campaign['tasks']).map((task, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a snapshot, never reordered
            <li key={i}>
              <Typography.Text ellipsis style={{ maxWidth: 360 }}>
                {task.code} {task.text}
              </Typography.Text>
            </li>
          ))}
        </ul>
      );
    return (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {v.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a snapshot, never reordered
          <li key={i}>{typeof x === 'string' ? x : JSON.stringify(x)}</li>
        ))}
      </ul>
    );
  }
  if (name === 'signer' && isRecord(v)) return [v.authority, v.title, v.name].filter(Boolean).join(' · ');
  return <code style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(v, null, 1)}</code>;
}
