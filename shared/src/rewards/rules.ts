/**
 * Rewards (khen thưởng): the nomination workflow as one transition table, eligibility of a nominee against an
 * award's criteria (checkable rules and a checklist), council vote arithmetic (quorum, approval threshold,
 * recusals, written votes), and working-day deadlines. Pure functions.
 */
import { addDays } from '../periods/periods.ts';

export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'checked',
  'in_council',
  'approved',
  'not_approved',
  'decided',
  'proposed',
  'withdrawn',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, { vi: string; en: string }> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi, chờ thẩm định hồ sơ', en: 'Submitted' },
  returned: { vi: 'Hồ sơ bị trả lại', en: 'Returned' },
  checked: { vi: 'Hồ sơ hợp lệ, chờ Hội đồng', en: 'Dossier complete' },
  in_council: { vi: 'Đang xét tại Hội đồng', en: 'Before the council' },
  approved: { vi: 'Hội đồng thống nhất đề nghị', en: 'Approved by the council' },
  not_approved: { vi: 'Không được đề nghị', en: 'Not approved' },
  decided: { vi: 'Đã có quyết định khen thưởng', en: 'Awarded' },
  proposed: { vi: 'Đã trình cấp trên', en: 'Proposed to the city' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
};

export type NominationAction =
  | 'submit'
  | 'withdraw'
  | 'return'
  | 'accept_dossier'
  | 'table'
  | 'approve'
  | 'not_approve'
  | 'reject'
  | 'decide'
  | 'propose';

/**
 * Who moves a nomination: `unit` = reporters and heads of the proposing unit; `office` = the standing office (and
 * admins) over the campaign's issuer; `council` = the result of a closed council session (the system, on closing);
 * `chair` = the Chairman.
 */
export const NOMINATION_TRANSITIONS: {
  from: NominationStatus[];
  action: NominationAction;
  to: NominationStatus;
  by: 'unit' | 'office' | 'council' | 'chair';
  reasonRequired?: boolean;
}[] = [
  { from: ['draft', 'returned'], action: 'submit', to: 'submitted', by: 'unit' },
  { from: ['draft', 'returned', 'submitted'], action: 'withdraw', to: 'withdrawn', by: 'unit' },
  { from: ['submitted'], action: 'return', to: 'returned', by: 'office', reasonRequired: true },
  { from: ['submitted'], action: 'accept_dossier', to: 'checked', by: 'office' },
  { from: ['checked'], action: 'table', to: 'in_council', by: 'office' },
  { from: ['in_council'], action: 'approve', to: 'approved', by: 'council' },
  { from: ['in_council'], action: 'not_approve', to: 'not_approved', by: 'council' },
  { from: ['approved'], action: 'reject', to: 'not_approved', by: 'office', reasonRequired: true },
  { from: ['approved'], action: 'decide', to: 'decided', by: 'chair' },
  { from: ['approved'], action: 'propose', to: 'proposed', by: 'chair' },
];

/** Statuses in which the nomination's content can still change (before the office accepts the dossier). */
export const NOMINATION_EDITABLE: NominationStatus[] = ['draft', 'returned'];

export const RATINGS = ['excellent', 'good', 'done', 'not_done'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, { vi: string; en: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  done: { vi: 'Hoàn thành nhiệm vụ', en: 'Done' },
  not_done: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not done' },
};
const RANK: Record<Rating, number> = { excellent: 3, good: 2, done: 1, not_done: 0 };

/** A criterion of an award: a rule the system checks, or an item of the office's checklist. */
export type CriterionRule =
  | { type: 'min_rating'; rating: Rating }
  | { type: 'no_discipline' }
  | { type: 'not_rewarded_same_achievement' }
  | { type: 'min_title_share'; share: number }
  | { type: 'check' };

export interface AwardCriterion {
  code: string;
  label: string;
  rule: CriterionRule;
}

export interface NomineeFacts {
  /** The nominee's rating for the year (an individual's or a collective's). */
  rating: Rating | null;
  underDiscipline: boolean;
  /** Another nomination of the same nominee for the same achievement (campaign) is live or awarded. */
  alreadyNominated: boolean;
  /** For collectives: members, and members holding an emulation title this year. */
  members?: number | null;
  titledMembers?: number | null;
  /** Checklist items the office has ticked (code → true). */
  checked?: Record<string, boolean>;
}

export interface CriterionResult {
  code: string;
  label: string;
  kind: 'rule' | 'check';
  /** true met, false failed, null not yet checked (a checklist item the office has not ticked). */
  passed: boolean | null;
  reason: string;
}

const pct = (x: number) => `${String(Math.round(x * 1000) / 10).replace('.', ',')} %`;

/** Checks a nominee against an award's criteria; failed rules are named with the reason. */
export function checkEligibility(
  criteria: AwardCriterion[],
  f: NomineeFacts,
): { eligible: boolean; complete: boolean; results: CriterionResult[] } {
  const results = criteria.map((c): CriterionResult => {
    const base = { code: c.code, label: c.label, kind: 'rule' as const };
    switch (c.rule.type) {
      case 'min_rating': {
        const need = RATING_LABELS[c.rule.rating].vi.toLowerCase();
        if (!f.rating)
          return { ...base, passed: false, reason: `Chưa có kết quả xếp loại năm (cần ${need})` };
        const ok = RANK[f.rating] >= RANK[c.rule.rating];
        return {
          ...base,
          passed: ok,
          reason: ok
            ? `Xếp loại ${RATING_LABELS[f.rating].vi.toLowerCase()}`
            : `Xếp loại ${RATING_LABELS[f.rating].vi.toLowerCase()}, chưa đạt mức ${need}`,
        };
      }
      case 'no_discipline':
        return {
          ...base,
          passed: !f.underDiscipline,
          reason: f.underDiscipline
            ? 'Đang bị xem xét kỷ luật hoặc đang thi hành kỷ luật'
            : 'Không vi phạm kỷ luật',
        };
      case 'not_rewarded_same_achievement':
        return {
          ...base,
          passed: !f.alreadyNominated,
          reason: f.alreadyNominated
            ? 'Đã được đề nghị hoặc khen thưởng cho cùng thành tích trong đợt thi đua này'
            : 'Chưa được khen thưởng cho thành tích này',
        };
      case 'min_title_share': {
        const m = f.members ?? null;
        const t = f.titledMembers ?? null;
        if (m === null || t === null || m <= 0)
          return { ...base, passed: false, reason: 'Chưa khai số thành viên và số thành viên đạt danh hiệu' };
        if (t > m)
          return { ...base, passed: false, reason: 'Số thành viên đạt danh hiệu lớn hơn tổng số thành viên' };
        const share = t / m;
        const ok = share + 1e-9 >= c.rule.share;
        return {
          ...base,
          passed: ok,
          reason: `${t}/${m} thành viên đạt danh hiệu (${pct(share)}; cần từ ${pct(c.rule.share)})`,
        };
      }
      case 'check': {
        const ticked = f.checked?.[c.code] === true;
        return {
          code: c.code,
          label: c.label,
          kind: 'check',
          passed: ticked ? true : null,
          reason: ticked ? 'Văn phòng đã kiểm tra' : 'Chờ Văn phòng kiểm tra',
        };
      }
      default: {
        const unknown: never = c.rule;
        throw new Error(`unknown criterion rule ${JSON.stringify(unknown)}`);
      }
    }
  });
  return {
    eligible: results.every((r) => r.passed !== false),
    complete: results.every((r) => r.passed === true),
    results,
  };
}

export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface CouncilRules {
  /** Share of the members who must take part (present or voting in writing), e.g. 2/3. */
  quorum: number;
  /** Share of "yes" needed, e.g. 0.7. */
  threshold: number;
  /** What the threshold is a share of: all members entitled to vote on the nominee, or those who took part. */
  base: 'members' | 'participants';
}

export interface TallyInput {
  members: number;
  /** Members present or voting in writing. */
  participants: number;
  /** Members who stood aside on this nominee (conflict of interest). */
  recused: number;
  yes: number;
  no: number;
  abstain: number;
}

export interface Tally {
  quorumReached: boolean;
  /** Members entitled to vote on this nominee (members or participants, minus recusals). */
  base: number;
  yes: number;
  no: number;
  abstain: number;
  /** Share of "yes" in the base (0–1), null without a base. */
  yesShare: number | null;
  approved: boolean | null;
  /** The result in words ("7/9 phiếu đồng ý = 77,8 % ≥ 70 %"). */
  text: string;
}

/**
 * The result for one nominee. No quorum → no result at all (approved = null). Otherwise approved when
 * yes / base ≥ threshold, compared exactly (yes × 10⁶ ≥ threshold × 10⁶ × base after rounding the threshold).
 */
export function tally(i: TallyInput, rules: CouncilRules): Tally {
  const quorumReached = i.members > 0 && i.participants / i.members + 1e-9 >= rules.quorum;
  const base = Math.max(0, (rules.base === 'members' ? i.members : i.participants) - i.recused);
  const yesShare = base > 0 ? i.yes / base : null;
  const common = { base, yes: i.yes, no: i.no, abstain: i.abstain, yesShare };
  if (!quorumReached)
    return {
      ...common,
      quorumReached,
      approved: null,
      text: `Không đủ số thành viên tham dự (${i.participants}/${i.members}, cần từ ${pct(rules.quorum)}): không có kết quả`,
    };
  const approved = yesShare !== null && yesShare + 1e-9 >= rules.threshold;
  return {
    ...common,
    quorumReached,
    approved,
    text: `${i.yes}/${base} phiếu đồng ý = ${yesShare === null ? '—' : pct(yesShare)} ${approved ? '≥' : '<'} ${pct(
      rules.threshold,
    )} → ${approved ? 'đề nghị khen thưởng' : 'không đề nghị'}`,
  };
}

/** The date `n` working days after `from` (Saturdays, Sundays and the given holidays skipped). */
export function addWorkingDays(from: string, n: number, holidays: string[] = []): string {
  const off = new Set(holidays);
  let d = from;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6 && !off.has(d)) left--;
  }
  return d;
}
