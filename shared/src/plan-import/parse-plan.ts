/**
 * `parsePlan(text)`: a plan's plain text → a draft campaign with its indicators and the points a person should
 * review. Pure: no I/O, no clock; the same text always gives the same draft.
 */
import { findTypos } from './clean.ts';
import { readDeadline, readTimeFrame } from './dates.ts';
import { field, IssueSink } from './draft-fields.ts';
import { footerStart, readFooter } from './footer.ts';
import { readHeader } from './header.ts';
import { collectStatements, fallbackStatements, readIndicators } from './indicators.ts';
import { Mapped } from './mapped.ts';
import { buildParagraphs, detectLayout, type Layout, type Paragraph } from './paragraphs.ts';
import { readLegalBases, readTasks } from './preamble-tasks.ts';
import type { DraftCampaign, DraftField, PlanDraft } from './schema.ts';
import {
  buildSections,
  checkNumbering,
  outline,
  rangeText,
  type Section,
  type SectionRole,
  sectionFor,
} from './sections.ts';
import { SourceText } from './source.ts';

export interface ParseOptions {
  /** "lines": rejoin lines broken mid-sentence (PDF, typed text); "paragraphs": one paragraph per line (Word). */
  layout?: 'auto' | Layout;
}

const TEXT_ROLES: [
  SectionRole,
  'purpose' | 'requirements' | 'content' | 'generalGoal' | 'rewardsText' | 'organisationText',
][] = [
  ['purpose', 'purpose'],
  ['requirements', 'requirements'],
  ['content', 'content'],
  ['goal', 'generalGoal'],
  ['rewards', 'rewardsText'],
  ['organisation', 'organisationText'],
];

/** Parses a plan (Kế hoạch) or report (Báo cáo) into a draft for review. */
export function parsePlan(text: string, options: ParseOptions = {}): PlanDraft {
  const src = new SourceText(text);
  const issues = new IssueSink();
  const layout =
    options.layout && options.layout !== 'auto' ? options.layout : detectLayout(src.lines.map((l) => l.text));
  const header = readHeader(src, layout, issues);
  const bodyEnd = footerStart(src, header.bodyStart);
  const paras = buildParagraphs(src, header.bodyStart, bodyEnd, layout);
  const sections = buildSections(paras);
  checkNumbering(src, paras, sections, issues);

  const campaign: DraftCampaign = { ...header.campaign, legalBases: [], tasks: [], recipients: [] };
  const firstHeading = sections[0]?.index ?? paras.length;
  campaign.legalBases = readLegalBases(src, paras.slice(0, firstHeading), issues);
  for (const [role, key] of TEXT_ROLES) {
    const s = sectionFor(sections, role);
    // A combined "MỤC ĐÍCH, YÊU CẦU" without sub-headings gives its text to the purpose only.
    if (
      !s ||
      (role === 'requirements' && s.roles.includes('purpose') && s === sectionFor(sections, 'purpose'))
    )
      continue;
    const t = sectionText(src, paras, s, issues);
    if (t) campaign[key] = t;
  }
  const tasks = sectionFor(sections, 'tasks');
  if (tasks) campaign.tasks = readTasks(src, paras, tasks, issues);
  readTime(src, paras, sections, campaign, issues);
  const org = sectionFor(sections, 'organisation');
  const deadlineTexts = org ? paras.slice(org.from, org.to) : paras;
  const year = campaign.issuedOn?.value ? Number(campaign.issuedOn.value.slice(0, 4)) : null;
  const deadline = readDeadline(
    src,
    deadlineTexts.map((p) => p.text),
    year,
    issues,
  );
  if (deadline) campaign.reportDeadline = deadline;
  Object.assign(campaign, readFooter(src, bodyEnd, issues));

  const indicatorSection = sectionFor(sections, 'indicators') ?? sectionFor(sections, 'results');
  let indicators = indicatorSection
    ? readIndicators(src, collectStatements(paras, indicatorSection.from, indicatorSection.to), issues)
    : [];
  if (indicators.length === 0) {
    const found = readIndicators(src, fallbackStatements(paras, sections), issues, 0.8);
    if (found.length)
      issues.add(
        'INDICATOR_SECTION_MISSING',
        'warning',
        'Không thấy mục "Chỉ tiêu"; các chỉ tiêu được tìm trong toàn văn bản, cần kiểm tra kỹ.',
        null,
        { field: 'indicators' },
      );
    indicators = found;
  }
  if (indicators.length === 0)
    issues.add('INDICATORS_MISSING', 'warning', 'Không tìm thấy chỉ tiêu định lượng nào.', null, {
      field: 'indicators',
    });
  return { campaign, indicators, issues: issues.sorted(), sections: outline(src, paras, sections), layout };
}

/** A section's text as a draft field; misspellings repaired in it are reported. */
function sectionText(
  src: SourceText,
  paras: readonly Paragraph[],
  s: Section,
  issues: IssueSink,
): DraftField<string> | null {
  const t = rangeText(src, paras, s.from, s.to);
  if (!t) return null;
  for (const p of paras.slice(s.from, s.to))
    for (const f of findTypos(p.text.text))
      issues.add(
        'TYPO_FIXED',
        'info',
        `Sửa "${f.from}" thành "${f.to}".`,
        p.text.span(src, f.at, f.at + f.from.length),
        {
          field: s.roles[0] ?? null,
          alternatives: [f.from, f.to],
        },
      );
  return field(t.text, t.span, 0.9);
}

/** The time frame from its section, or from a paragraph that talks about "thời gian thực hiện". */
function readTime(
  src: SourceText,
  paras: readonly Paragraph[],
  sections: readonly Section[],
  campaign: DraftCampaign,
  issues: IssueSink,
): void {
  const s = sectionFor(sections, 'time');
  const list = s
    ? paras.slice(s.from, s.to)
    : paras.filter((p) => /thời gian (thực hiện|tổ chức|phát động)/iu.test(p.text.text)).slice(0, 1);
  if (list.length === 0) {
    issues.add('SECTION_MISSING', 'info', 'Không thấy mục "Thời gian thực hiện".', null, { field: 'endsOn' });
    return;
  }
  const text = Mapped.join(list.map((p) => p.text));
  campaign.timeFrameText = field(text.text.replace(/\s+/g, ' ').trim(), text.span(src), 0.9);
  Object.assign(campaign, readTimeFrame(src, text, campaign.issuedOn?.value ?? null, issues));
}

/** True when the draft looks like a plan or report: a document header, or at least one indicator. */
export function looksLikePlan(draft: PlanDraft): boolean {
  const c = draft.campaign;
  return draft.indicators.length > 0 || Boolean(c.documentType && (c.documentSymbol || c.title));
}
