/**
 * The shape of a plan-import draft: what `parsePlan` extracts from a plan's text, before anything is saved.
 * Every extracted value is a `DraftField`: the value, where it came from in the ORIGINAL text (so a review
 * screen can highlight it), how sure the parser is, and — when the text can be read two ways — a flag and
 * the other readings. Nothing here is stored; the office reviews the draft and then creates the campaign.
 */
import { z } from 'zod';
import { ChildrenRule, Direction, IndicatorKind } from '../indicators/schema.ts';

/** A place in the original text: `line` is 1-based (the line of `start`); `start`/`end` are UTF-16 offsets, end exclusive. */
export const SourceSpan = z.object({
  line: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type SourceSpan = z.infer<typeof SourceSpan>;

/** One extracted value with its origin, confidence (0–1) and, when flagged, the other readings. */
export interface DraftField<T> {
  value: T;
  span: SourceSpan;
  confidence: number;
  /** True when a person should look at it: ambiguous, inferred or repaired. */
  flagged: boolean;
  /** Other readings of the same text (ambiguous numbers, directions, dates). */
  alternatives?: T[];
  /** Why the value is what it is, in Vietnamese (shown beside the field). */
  note?: string;
}

/** Builds the zod schema of a `DraftField` around a value schema. */
export function draftField<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    span: SourceSpan,
    confidence: z.number().min(0).max(1),
    flagged: z.boolean(),
    alternatives: z.array(value).optional(),
    note: z.string().optional(),
  });
}

/** Document types by their symbol code (Nghị định 30/2020/NĐ-CP). */
export const PLAN_DOCUMENT_TYPES = ['KH', 'BC', 'QĐ', 'TTr', 'TB', 'CTr', 'HD', 'BB', 'CV'] as const;
export const PlanDocumentType = z.enum(PLAN_DOCUMENT_TYPES);
export type PlanDocumentType = z.infer<typeof PlanDocumentType>;

export const REVIEW_ISSUE_CODES = [
  'NUMBER_AMBIGUOUS',
  'NUMBER_BY_CONTEXT',
  'UNIT_INFERRED',
  'UNIT_MISSING',
  'TYPO_FIXED',
  'FOOTNOTE_REMOVED',
  'DIRECTION_ASSUMED',
  'DIRECTION_AMBIGUOUS',
  'TOLERANCE_NEEDED',
  'BAND_BOUND_MISSING',
  'VALUE_OUT_OF_RANGE',
  'CHILDREN_EXCEED',
  'CHILD_COUNT_MISMATCH',
  'HEADING_OUT_OF_ORDER',
  'QUOTE_MISMATCH',
  'DOCUMENT_NUMBER_BLANK',
  'DOCUMENT_TYPE_MISMATCH',
  'DATE_DAY_MISSING',
  'DATE_MISSING',
  'START_ASSUMED',
  'END_MISSING',
  'DEADLINE_AMBIGUOUS',
  'YEAR_ASSUMED',
  'TITLE_UNCERTAIN',
  'SECTION_MISSING',
  'INDICATOR_SECTION_MISSING',
  'INDICATORS_MISSING',
  'SIGNER_MISSING',
] as const;
export const ReviewIssueCode = z.enum(REVIEW_ISSUE_CODES);
export type ReviewIssueCode = z.infer<typeof ReviewIssueCode>;

/** Something the reviewer should check; `field` names the draft field (e.g. "targetValue", "issuedOn"). */
export const ReviewIssue = z.object({
  code: ReviewIssueCode,
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  span: SourceSpan.nullable(),
  /** Code of the draft indicator concerned, or null for the campaign part. */
  indicator: z.string().nullable(),
  field: z.string().nullable(),
  alternatives: z.array(z.union([z.string(), z.number()])).optional(),
});
export type ReviewIssue = z.infer<typeof ReviewIssue>;

const NumberOrNull = z.number().nullable();
const Text = z.string();

/** An indicator as read from the plan; the property names follow `IndicatorCreate`. */
export const DraftIndicator = z.object({
  /** Suggested code: CT01, CT01.1 for a sub-item, CT17A/CT17B for two indicators on one line. */
  code: z.string(),
  parentCode: z.string().nullable(),
  /** The sub-heading the indicator sits under inside the indicator section, if any ("Về kinh tế"). */
  group: z.string().nullable(),
  name: draftField(Text),
  unitOfMeasure: draftField(Text),
  kind: draftField(IndicatorKind),
  direction: draftField(Direction),
  targetValue: draftField(NumberOrNull),
  targetLow: draftField(NumberOrNull),
  targetHigh: draftField(NumberOrNull),
  tolerance: draftField(NumberOrNull),
  baselineValue: draftField(NumberOrNull),
  factor: draftField(NumberOrNull),
  allowOver100: draftField(z.boolean()),
  numeratorLabel: draftField(Text.nullable()),
  denominatorLabel: draftField(Text.nullable()),
  /** For fractions such as "38/38 trường": the numerator and denominator the plan names. */
  numeratorTarget: draftField(NumberOrNull),
  denominatorTarget: draftField(NumberOrNull),
  childrenRule: draftField(ChildrenRule),
  sourceText: draftField(Text),
  note: z.string().nullable(),
  /** The lowest confidence of its fields. */
  confidence: z.number().min(0).max(1),
});
export type DraftIndicator = z.infer<typeof DraftIndicator>;

export const DraftCitation = z.object({
  kind: z.enum(['resolution', 'directive', 'movement', 'plan', 'other']),
  ref: z.string(),
  title: z.string(),
});
export type DraftCitation = z.infer<typeof DraftCitation>;

export const DraftTask = z.object({
  code: draftField(Text),
  text: draftField(Text),
  citations: z.array(draftField(DraftCitation)),
});
export type DraftTask = z.infer<typeof DraftTask>;

export const DraftSigner = z.object({
  authority: draftField(Text),
  title: draftField(Text),
  name: draftField(Text),
});
export type DraftSigner = z.infer<typeof DraftSigner>;

/** The campaign part of the draft; a property is absent when the plan does not have it. */
export const DraftCampaign = z.object({
  documentType: draftField(PlanDocumentType).optional(),
  /** The issuing body as printed ("ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI"), for matching to an org unit. */
  issuingBody: draftField(Text).optional(),
  /** The body above the issuer when the header has two (e.g. "UBND PHƯỜNG ĐÔNG HẢI" over a school). */
  superiorBody: draftField(Text).optional(),
  documentNumber: draftField(z.number().int().nullable()).optional(),
  documentSymbol: draftField(Text).optional(),
  place: draftField(Text).optional(),
  issuedOn: draftField(Text.nullable()).optional(),
  title: draftField(Text).optional(),
  legalBases: z.array(draftField(Text)),
  purpose: draftField(Text).optional(),
  requirements: draftField(Text).optional(),
  content: draftField(Text).optional(),
  generalGoal: draftField(Text).optional(),
  tasks: z.array(DraftTask),
  timeFrameText: draftField(Text).optional(),
  startsOn: draftField(Text.nullable()).optional(),
  endsOn: draftField(Text.nullable()).optional(),
  reportDeadline: draftField(Text.nullable()).optional(),
  rewardsText: draftField(Text).optional(),
  organisationText: draftField(Text).optional(),
  recipients: z.array(draftField(Text)),
  signer: DraftSigner.optional(),
});
export type DraftCampaign = z.infer<typeof DraftCampaign>;

/** A heading of the document, for the review screen's outline. */
export const DraftSection = z.object({
  marker: z.string(),
  title: z.string(),
  level: z.number().int(),
  role: z.string().nullable(),
  span: SourceSpan,
});
export type DraftSection = z.infer<typeof DraftSection>;

/** What `parsePlan` returns. */
export const PlanDraft = z.object({
  campaign: DraftCampaign,
  indicators: z.array(DraftIndicator),
  issues: z.array(ReviewIssue),
  sections: z.array(DraftSection),
  /** How lines were read: "lines" rejoins lines broken mid-sentence, "paragraphs" keeps each line whole. */
  layout: z.enum(['lines', 'paragraphs']),
});
export type PlanDraft = z.infer<typeof PlanDraft>;

/** The response of `POST /api/plan-imports`: the decoded text the spans point into, and the draft. */
export const PlanImportResult = z.object({
  source: z.object({
    fileName: z.string().nullable(),
    format: z.enum(['txt', 'docx', 'pdf', 'text']),
    /** How a .txt was decoded ("utf-8", "utf-8-bom", "windows-1258"); null for other formats. */
    encoding: z.string().nullable(),
    text: z.string(),
  }),
  draft: PlanDraft,
});
export type PlanImportResult = z.infer<typeof PlanImportResult>;

/** The JSON body for pasted text. */
export const PlanImportTextBody = z.object({
  text: z.string().min(1, 'Dán nội dung kế hoạch').max(2_000_000, 'Văn bản quá dài'),
  fileName: z.string().max(255).optional(),
});
export type PlanImportTextBody = z.infer<typeof PlanImportTextBody>;
