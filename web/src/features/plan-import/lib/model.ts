/**
 * The review's working copy of a draft: plain values (what will be sent) beside what the parser knew about each
 * field (where it is in the text, whether it is flagged, other readings, the review issues about it). A field is
 * named by a key: "campaign.title", "indicators.3.targetValue" — the same path the server's errors use.
 */
import {
  type CampaignCreate,
  campaignValues,
  type DraftCampaign,
  type DraftIndicator,
  type IndicatorValues,
  indicatorValues,
  type PlanImportResult,
  type ReviewIssue,
  type SourceSpan,
} from '@thidua/shared';

export type HeaderValues = Partial<Omit<CampaignCreate, 'issuingUnitId' | 'parentCampaignId'>>;

export interface FieldMeta {
  span: SourceSpan;
  flagged: boolean;
  confidence: number;
  alternatives: unknown[];
  note?: string;
  issues: ReviewIssue[];
}

export interface ReviewModel {
  header: HeaderValues;
  indicators: IndicatorValues[];
  meta: Map<string, FieldMeta>;
  /** Every issue with the key of the field it is about (null when it has no editable field). */
  issues: { issue: ReviewIssue; key: string | null }[];
}

/** Header fields shown on the review, in order. */
export const HEADER_FIELDS = [
  'title',
  'documentNumber',
  'documentSymbol',
  'place',
  'issuedOn',
  'startsOn',
  'endsOn',
  'reportDeadline',
  'recipients',
  'signer',
] as const;

/** Indicator fields shown on the review. */
export const INDICATOR_FIELDS = [
  'code',
  'name',
  'targetValue',
  'targetLow',
  'targetHigh',
  'tolerance',
  'unitOfMeasure',
  'kind',
  'direction',
  'parentCode',
] as const;

interface AnyField {
  value: unknown;
  span: SourceSpan;
  confidence: number;
  flagged: boolean;
  alternatives?: unknown[];
  note?: string;
}

function metaOf(f: AnyField): FieldMeta {
  return {
    span: f.span,
    flagged: f.flagged,
    confidence: f.confidence,
    // Every reading, the parser's choice included, so the reviewer can go back to it.
    alternatives: f.alternatives?.length ? [...new Set([f.value, ...f.alternatives])] : [],
    note: f.note,
    issues: [],
  };
}

const isField = (v: unknown): v is AnyField =>
  typeof v === 'object' && v !== null && 'span' in v && 'value' in v && 'flagged' in v;

/** Builds the working copy from the server's answer. */
export function buildModel(result: PlanImportResult): ReviewModel {
  const { draft } = result;
  const meta = new Map<string, FieldMeta>();
  const c: DraftCampaign = draft.campaign;
  for (const [k, v] of Object.entries(c)) if (isField(v)) meta.set(`campaign.${k}`, metaOf(v));
  if (c.signer) {
    meta.set('campaign.signer', metaOf(c.signer.name));
    meta.set('campaign.signer.authority', metaOf(c.signer.authority));
  }
  if (c.recipients[0]) meta.set('campaign.recipients', metaOf(c.recipients[0]));
  if (c.legalBases[0]) meta.set('campaign.legalBases', metaOf(c.legalBases[0]));
  draft.indicators.forEach((d: DraftIndicator, n) => {
    for (const [k, v] of Object.entries(d)) if (isField(v)) meta.set(`indicators.${n}.${k}`, metaOf(v));
  });
  const byCode = new Map(draft.indicators.map((d, n) => [d.code, n]));
  const issues = draft.issues.map((issue) => {
    const n = issue.indicator === null ? undefined : byCode.get(issue.indicator);
    let key: string | null = null;
    if (issue.field) key = n === undefined ? `campaign.${issue.field}` : `indicators.${n}.${issue.field}`;
    else if (n !== undefined) key = `indicators.${n}.name`;
    if (key) {
      const m = meta.get(key);
      if (m) m.issues.push(issue);
      else if (issue.span) meta.set(key, { ...emptyMeta(issue.span), flagged: true, issues: [issue] });
    }
    return { issue, key };
  });
  return { header: campaignValues(c), indicators: indicatorValues(draft.indicators), meta, issues };
}

function emptyMeta(span: SourceSpan): FieldMeta {
  return { span, flagged: false, confidence: 1, alternatives: [], issues: [] };
}

/** Fields whose spans are worth highlighting in the text (short, precise ones; not whole paragraphs). */
const HIGHLIGHT = new Set<string>([
  'documentSymbol',
  'documentNumber',
  'place',
  'issuedOn',
  'title',
  'startsOn',
  'endsOn',
  'reportDeadline',
  'signer',
  'name',
  'unitOfMeasure',
  'targetValue',
  'targetLow',
  'targetHigh',
  'tolerance',
  'direction',
  'kind',
]);

export interface Highlight {
  key: string;
  start: number;
  end: number;
  flagged: boolean;
}

/**
 * Non-overlapping highlights: flagged fields first, then shorter spans, so "36.692" wins over the line around it.
 */
export function highlights(meta: Map<string, FieldMeta>, textLength: number): Highlight[] {
  const all: Highlight[] = [];
  for (const [key, m] of meta) {
    const field = key.split('.').pop() ?? '';
    const base = key.startsWith('campaign.signer') ? 'signer' : field;
    if (!HIGHLIGHT.has(base) || key === 'campaign.signer.authority') continue;
    const { start, end } = m.span;
    if (end <= start || end > textLength) continue;
    all.push({ key, start, end, flagged: m.flagged || m.issues.some((i) => i.severity !== 'info') });
  }
  all.sort((a, b) => Number(b.flagged) - Number(a.flagged) || a.end - a.start - (b.end - b.start));
  const taken: Highlight[] = [];
  for (const h of all) if (!taken.some((t) => h.start < t.end && t.start < h.end)) taken.push(h);
  return taken.sort((a, b) => a.start - b.start);
}

/** The DOM id of a field's input on the right pane. */
export const fieldId = (key: string) => `pi-${key.replace(/\./g, '-')}`;
