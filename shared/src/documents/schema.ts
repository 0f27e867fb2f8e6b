import { z } from 'zod';

/**
 * Official documents API contract (issue 8): which documents exist, their preview (the same view-model the
 * renderers turn into DOCX / XLSX / PDF), the office's edits to the narrative parts, and export jobs.
 */

export const DOCUMENT_KINDS = [
  'plan',
  'unit_report',
  'ward_report',
  'minutes',
  'decision',
  'proposal',
  'certificates',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DOCUMENT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export const DocumentFormat = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export type DocumentParamName = 'periodId' | 'unitId' | 'sessionId' | 'decisionId';

/** What each document is, which parameters pick it and which formats it comes in. */
export const DOCUMENT_KIND_INFO: Record<
  DocumentKind,
  { vi: string; en: string; hint: string; params: DocumentParamName[]; formats: DocumentFormat[] }
> = {
  plan: {
    vi: 'Kế hoạch thi đua',
    en: 'Campaign plan',
    hint: 'Kế hoạch dựng lại từ hồ sơ đợt thi đua: mục đích, yêu cầu, chỉ tiêu, nhiệm vụ, khen thưởng, tổ chức thực hiện.',
    params: [],
    formats: ['docx', 'pdf', 'xlsx'],
  },
  unit_report: {
    vi: 'Báo cáo của đơn vị',
    en: "A unit's report",
    hint: 'Báo cáo kết quả của một đơn vị trong một kỳ: số liệu từng chỉ tiêu, đánh giá, khó khăn, kiến nghị.',
    params: ['unitId', 'periodId'],
    formats: ['docx', 'pdf', 'xlsx'],
  },
  ward_report: {
    vi: 'Báo cáo kết quả gửi thành phố',
    en: "The ward's report to the city",
    hint: 'Báo cáo tổng hợp: bảng chỉ tiêu, kết quả theo đơn vị, khen thưởng, điển hình tiên tiến.',
    params: ['periodId'],
    formats: ['docx', 'pdf', 'xlsx'],
  },
  minutes: {
    vi: 'Biên bản họp Hội đồng',
    en: 'Council minutes',
    hint: 'Biên bản phiên họp Hội đồng Thi đua – Khen thưởng với kết quả biểu quyết.',
    params: ['sessionId'],
    formats: ['docx', 'pdf'],
  },
  decision: {
    vi: 'Quyết định khen thưởng',
    en: 'Award decision',
    hint: 'Quyết định của Chủ tịch UBND kèm danh sách khen thưởng.',
    params: ['decisionId'],
    formats: ['docx', 'pdf', 'xlsx'],
  },
  proposal: {
    vi: 'Tờ trình đề nghị khen thưởng',
    en: 'Proposal to the city',
    hint: 'Tờ trình gửi UBND thành phố đề nghị khen thưởng kèm danh sách.',
    params: ['decisionId'],
    formats: ['docx', 'pdf', 'xlsx'],
  },
  certificates: {
    vi: 'Giấy khen',
    en: 'Certificates',
    hint: 'Giấy khen của mọi cá nhân, tập thể trong một quyết định, mỗi trang một giấy khen.',
    params: ['decisionId'],
    formats: ['pdf'],
  },
};

export const DocumentParams = z
  .object({
    periodId: z.string().max(40).optional(),
    unitId: z.coerce.number().int().positive().optional(),
    sessionId: z.coerce.number().int().positive().optional(),
    decisionId: z.coerce.number().int().positive().optional(),
  })
  .strict();
export type DocumentParams = z.infer<typeof DocumentParams>;

/** A table cell: text as printed, and for numbers the number itself (XLSX writes it as a number). */
export const DocCell = z.union([z.string(), z.object({ text: z.string(), value: z.number().nullable() })]);
export type DocCell = z.infer<typeof DocCell>;

export const DocBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), text: z.string(), italic: z.boolean().optional() }),
  /** A part the office may rewrite (paragraphs separated by new lines); everything else comes from the data. */
  z.object({ kind: z.literal('narrative'), key: z.string(), label: z.string(), text: z.string() }),
  z.object({
    kind: z.literal('table'),
    /** Shown above the table in the XLSX sheet list and as its caption. */
    title: z.string().optional(),
    header: z.array(z.string()),
    rows: z.array(z.array(DocCell)),
    /** Column widths in twips (DOCX), scaled for the other formats. */
    widths: z.array(z.number()).optional(),
    /** Column alignment: numbers right, text left; default centre. */
    align: z.array(z.enum(['left', 'center', 'right'])).optional(),
  }),
]);
export type DocBlock = z.infer<typeof DocBlock>;

export const OfficialDocOut = z.object({
  parentBody: z.string().nullable().optional(),
  issuer: z.string(),
  number: z.number().int().nullable(),
  /** "KH-UBND", "BC-UBND", "QĐ-UBND", "TTr-UBND", "BB-HĐTĐKT" */
  symbol: z.string(),
  place: z.string(),
  /** ISO date; null leaves "ngày … tháng … năm …" for the signer. */
  date: z.string().nullable(),
  type: z.string(),
  subject: z.string(),
  /** Lines printed in bold capitals under the subject (a decision's "CHỦ TỊCH ỦY BAN NHÂN DÂN …"). */
  preamble: z.array(z.string()).optional(),
  blocks: z.array(DocBlock),
  recipients: z.array(z.string()),
  signer: z.object({ authority: z.string().nullable(), title: z.string(), name: z.string().nullable() }),
  /** Pages after the signature (a decision's list "kèm theo"), same header-less layout. */
  annex: z
    .object({ title: z.string(), subtitle: z.string().optional(), blocks: z.array(DocBlock) })
    .nullable()
    .optional(),
});
export type OfficialDocOut = z.infer<typeof OfficialDocOut>;

export const NarrativePart = z.object({
  key: z.string(),
  label: z.string(),
  text: z.string(),
  /** What the system generates from the data (shown to compare, restored by "Khôi phục"). */
  generated: z.string(),
  edited: z.boolean(),
});
export type NarrativePart = z.infer<typeof NarrativePart>;

export const DocumentPreview = z.object({
  campaignId: z.number().int(),
  kind: DocumentKind,
  params: DocumentParams,
  /** "Báo cáo kết quả gửi thành phố – Tháng 10/2025" */
  title: z.string(),
  doc: OfficialDocOut.nullable().describe('null for certificates (see certificates)'),
  certificates: z
    .array(z.object({ recipient: z.string(), title: z.string(), achievement: z.string() }))
    .optional(),
  narrative: z.array(NarrativePart),
  /** Version of the saved narrative edits (0 = none saved); send it back when saving. */
  narrativeVersion: z.number().int(),
  warnings: z.array(z.string()),
  /** Short hash of the numbers and facts the document is built from (not the narrative). */
  dataVersion: z.string(),
  formats: z.array(DocumentFormat),
  can: z.object({ editNarrative: z.boolean(), export: z.boolean() }),
});
export type DocumentPreview = z.infer<typeof DocumentPreview>;

const NarrativeText = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(20000, 'Tối đa 20000 ký tự'));

export const NarrativeSave = z.object({
  params: DocumentParams,
  /** The narrativeVersion read with the preview (0 when nothing was saved yet). */
  version: z.number().int().min(0),
  /** key → new text; null restores the generated text. Keys not sent stay as they are. */
  sections: z.record(z.string().max(40), NarrativeText.nullable()),
});
export type NarrativeSave = z.output<typeof NarrativeSave>;

/** One option to pick a document's parameter (a period, a unit, a session, a decision). */
export const DocumentOption = z.object({ value: z.union([z.string(), z.number()]), label: z.string() });

export const DocumentCatalogue = z.object({
  campaignId: z.number().int(),
  campaignTitle: z.string(),
  kinds: z.array(
    z.object({
      kind: DocumentKind,
      label: z.string(),
      hint: z.string(),
      params: z.array(z.enum(['periodId', 'unitId', 'sessionId', 'decisionId'])),
      formats: z.array(DocumentFormat),
      /** false: the caller may not read this document (it is left out of the list instead when never readable). */
      available: z.boolean(),
      /** Why the document cannot be made yet ("Chưa có quyết định khen thưởng"). */
      unavailableReason: z.string().nullable(),
    }),
  ),
  options: z.object({
    periodId: z.array(DocumentOption),
    unitId: z.array(DocumentOption),
    sessionId: z.array(DocumentOption),
    decisionId: z.array(DocumentOption.extend({ kind: z.enum(['decision', 'proposal']) })),
  }),
  /** Defaults: the latest period with reports, the caller's own unit. */
  defaults: z.object({ periodId: z.string().nullable(), unitId: z.number().int().nullable() }),
});
export type DocumentCatalogue = z.infer<typeof DocumentCatalogue>;

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const ExportStatus = z.enum(EXPORT_STATUSES);
export const EXPORT_STATUS_LABELS: Record<z.infer<typeof ExportStatus>, { vi: string; en: string }> = {
  queued: { vi: 'Đang chờ', en: 'Queued' },
  running: { vi: 'Đang tạo', en: 'Running' },
  done: { vi: 'Đã xong', en: 'Done' },
  failed: { vi: 'Lỗi', en: 'Failed' },
};

export const DocumentExportCreate = z.object({
  kind: DocumentKind,
  format: DocumentFormat,
  params: DocumentParams.default({}),
});
export type DocumentExportCreate = z.output<typeof DocumentExportCreate>;

export const DocumentExport = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  kind: DocumentKind,
  format: DocumentFormat,
  params: DocumentParams,
  title: z.string(),
  status: ExportStatus,
  /** 0–100 */
  progress: z.number().int(),
  /** What it is doing now, in Vietnamese ("Đang chuyển sang PDF"). */
  stage: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  dataVersion: z.string(),
  narrativeVersion: z.number().int(),
  warnings: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type DocumentExport = z.infer<typeof DocumentExport>;

export const DocumentExportList = z.object({ items: z.array(DocumentExport) });
