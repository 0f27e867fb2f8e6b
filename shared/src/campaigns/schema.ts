import { z } from 'zod';
import { Indicator, IndicatorImport } from '../indicators/schema.ts';
import { maskOf } from '../zod-helpers.ts';

export const CAMPAIGN_STATUSES = ['draft', 'launched', 'closed'] as const;
export const CampaignStatus = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  launched: { vi: 'Đã phát động', en: 'Launched' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

/** Workflow: one table of transitions (from, action, to, roles). */
export const CAMPAIGN_ACTIONS = ['launch', 'close', 'reopen'] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];
export const CAMPAIGN_TRANSITIONS: {
  from: CampaignStatus;
  action: CampaignAction;
  to: CampaignStatus;
  roles: string[];
}[] = [
  { from: 'draft', action: 'launch', to: 'launched', roles: ['admin', 'office', 'unit_head'] },
  { from: 'launched', action: 'close', to: 'closed', roles: ['admin', 'office', 'unit_head'] },
  { from: 'closed', action: 'reopen', to: 'launched', roles: ['admin'] },
];

const Text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, `Tối đa ${max} ký tự`));
const Line = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'Không để trống').max(max, `Tối đa ${max} ký tự`));

/** ISO date "YYYY-MM-DD". */
const IsoDate = z.iso.date('Ngày không hợp lệ (YYYY-MM-DD)');
/** A document date may lack its day: the Đông Hải plan is dated "ngày … tháng 9 năm 2025". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'Ngày ban hành dạng YYYY-MM hoặc YYYY-MM-DD');

export const Citation = z.object({
  kind: z.enum(['resolution', 'directive', 'movement', 'plan', 'other']),
  ref: Text(100).describe('Number and symbol, e.g. "57-NQ/TW"; empty for a named movement'),
  title: Line(500),
});
export type Citation = z.infer<typeof Citation>;
/** The same, as the API returns it (response schemas carry no transforms). */
export const CitationOut = z.object({ kind: Citation.shape.kind, ref: z.string(), title: z.string() });

export const CampaignTask = z.object({
  code: Text(20).describe('Heading number in the plan, e.g. "4.2"'),
  text: Text(5000).pipe(z.string().min(1, 'Nhập nội dung nhiệm vụ')),
  citations: z.array(Citation).max(30),
});
export type CampaignTask = z.infer<typeof CampaignTask>;

export const Signer = z.object({
  authority: Text(100).describe('e.g. "TM. ỦY BAN NHÂN DÂN"'),
  title: Text(100).describe('e.g. "CHỦ TỊCH"'),
  name: Text(100),
});

const CampaignBase = z.object({
  issuingUnitId: z.number().int().positive(),
  parentCampaignId: z.number().int().positive().nullable(),
  documentNumber: z
    .number()
    .int()
    .positive()
    .max(99999)
    .nullable()
    .describe('Blank until the office numbers it'),
  documentSymbol: Text(40),
  place: Text(100),
  issuedOn: PartialDate.nullable(),
  title: Line(1000),
  legalBases: z.array(Line(1000)).max(50),
  purpose: Text(20000),
  requirements: Text(20000),
  content: Text(20000),
  generalGoal: Text(20000),
  tasks: z.array(CampaignTask).max(100),
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable(),
  reportDeadline: IsoDate.nullable(),
  reportPeriodKind: z.enum(['month', 'quarter']).describe('How often units report'),
  reportCutoffDay: z
    .number()
    .int()
    .min(2, 'Ngày chốt số liệu từ 2 đến 28')
    .max(28, 'Ngày chốt số liệu từ 2 đến 28')
    .nullable()
    .describe('15 = the October report covers 15/9 → 14/10; null = calendar months'),
  reportDueDays: z.number().int().min(0).max(60).describe('Days after a period ends until its report is due'),
  remindBeforeDays: z.number().int().min(0).max(30).describe('Remind N days before the deadline (0 = off)'),
  dossierCheckDays: z
    .number()
    .int()
    .min(1, 'Từ 1 đến 60 ngày làm việc')
    .max(60, 'Từ 1 đến 60 ngày làm việc')
    .describe("Working days the office has to check a nomination's dossier"),
  remindAfterDays: z
    .number()
    .int()
    .min(0)
    .max(30)
    .describe('Remind N days after a missed deadline (0 = off)'),
  rewardsText: Text(20000),
  organisationText: Text(20000),
  recipients: z.array(Line(300)).max(60),
  signer: Signer.nullable(),
});

const CAMPAIGN_DEFAULTS = {
  parentCampaignId: null,
  documentNumber: null,
  documentSymbol: 'KH-UBND',
  place: '',
  issuedOn: null,
  legalBases: [],
  purpose: '',
  requirements: '',
  content: '',
  generalGoal: '',
  tasks: [],
  startsOn: null,
  endsOn: null,
  reportDeadline: null,
  reportPeriodKind: 'month',
  reportCutoffDay: null,
  reportDueDays: 5,
  remindBeforeDays: 2,
  remindAfterDays: 2,
  dossierCheckDays: 10,
  rewardsText: '',
  organisationText: '',
  recipients: [],
  signer: null,
} satisfies Partial<z.output<typeof CampaignBase>>;

/** Editable fields of a campaign (the plan document's parts), with create-time defaults. */
export const CampaignFields = CampaignBase.partial(maskOf(CAMPAIGN_DEFAULTS)).transform(
  (v) => ({ ...CAMPAIGN_DEFAULTS, ...v }) as z.output<typeof CampaignBase>,
);
export type CampaignFields = z.output<typeof CampaignFields>;

export const CampaignCreate = CampaignFields;
export type CampaignCreate = z.output<typeof CampaignCreate>;

export const CampaignUpdate = CampaignBase.omit({ issuingUnitId: true })
  .partial()
  .extend({
    version: z.number().int().positive(),
    changeNote: Text(1000).optional().describe('Why a launched campaign is changed (kept in its history)'),
  })
  .strict();
export type CampaignUpdate = z.infer<typeof CampaignUpdate>;

export const CampaignTransition = z.object({
  version: z.number().int().positive(),
  reason: Text(1000).optional(),
});

export const CampaignSummary = z.object({
  id: z.number().int(),
  issuingUnitId: z.number().int(),
  issuingUnitName: z.string(),
  issuingUnitPath: z
    .string()
    .describe('Materialised path of the issuing unit, for client-side permission hints'),
  parentCampaignId: z.number().int().nullable(),
  documentNumber: z.number().int().nullable(),
  documentSymbol: z.string(),
  issuedOn: z.string().nullable(),
  title: z.string(),
  status: CampaignStatus,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  reportDeadline: z.string().nullable(),
  reportPeriodKind: z.enum(['month', 'quarter']),
  reportCutoffDay: z.number().int().nullable(),
  reportDueDays: z.number().int(),
  remindBeforeDays: z.number().int(),
  remindAfterDays: z.number().int(),
  dossierCheckDays: z.number().int(),
  indicatorCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const Campaign = CampaignSummary.extend({
  place: z.string(),
  parentCampaignTitle: z.string().nullable(),
  legalBases: z.array(z.string()),
  purpose: z.string(),
  requirements: z.string(),
  content: z.string(),
  generalGoal: z.string(),
  tasks: z.array(z.object({ code: z.string(), text: z.string(), citations: z.array(CitationOut) })),
  rewardsText: z.string(),
  organisationText: z.string(),
  recipients: z.array(z.string()),
  signer: z.object({ authority: z.string(), title: z.string(), name: z.string() }).nullable(),
  launchedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  indicators: z.array(Indicator),
  subCampaigns: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      issuingUnitName: z.string(),
      status: CampaignStatus,
    }),
  ),
  /** Every unit the campaign refers to (issuing, responsible, co-ordinating, assigned), so any reader sees names. */
  units: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      path: z.string(),
    }),
  ),
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignList = z.object({ items: z.array(CampaignSummary) });

export const CampaignQuery = z.object({
  q: z.string().max(200).optional(),
  status: CampaignStatus.optional(),
  issuingUnitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const CampaignVersion = z.object({
  version: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export const CampaignVersionList = z.object({ items: z.array(CampaignVersion) });

/** A campaign with its indicators, created as one draft in one transaction (used by plan import). */
export const CampaignImport = z.object({
  campaign: CampaignFields,
  indicators: z.array(IndicatorImport).max(300, 'Tối đa 300 chỉ tiêu'),
});
export type CampaignImport = z.output<typeof CampaignImport>;
