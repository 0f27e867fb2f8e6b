import { describe, expect, it } from 'vitest';
import {
  type AwardCriterion,
  addWorkingDays,
  checkEligibility,
  NOMINATION_TRANSITIONS,
  tally,
} from './rules.ts';

const LDTT: AwardCriterion[] = [
  { code: 'rating', label: 'Hoàn thành tốt nhiệm vụ trở lên', rule: { type: 'min_rating', rating: 'good' } },
  { code: 'discipline', label: 'Không vi phạm kỷ luật', rule: { type: 'no_discipline' } },
  { code: 'once', label: 'Một thành tích chỉ khen một lần', rule: { type: 'not_rewarded_same_achievement' } },
  { code: 'report', label: 'Có báo cáo thành tích được thủ trưởng xác nhận', rule: { type: 'check' } },
];
const TTLDXS: AwardCriterion[] = [
  {
    code: 'rating',
    label: 'Hoàn thành xuất sắc nhiệm vụ',
    rule: { type: 'min_rating', rating: 'excellent' },
  },
  {
    code: 'titles',
    label: '100 % đạt Lao động tiên tiến, ≥ 70 % ... ',
    rule: { type: 'min_title_share', share: 0.7 },
  },
];
const clean = { rating: 'good' as const, underDiscipline: false, alreadyNominated: false };

describe('eligibility', () => {
  it('passes the rules, leaves the checklist pending until the office ticks it', () => {
    const r = checkEligibility(LDTT, clean);
    expect(r.eligible).toBe(true);
    expect(r.complete).toBe(false);
    expect(r.results.map((x) => x.passed)).toEqual([true, true, true, null]);
    const ticked = checkEligibility(LDTT, { ...clean, checked: { report: true } });
    expect(ticked.complete).toBe(true);
  });
  it('names each failed rule with the reason', () => {
    const r = checkEligibility(LDTT, { rating: 'done', underDiscipline: true, alreadyNominated: true });
    expect(r.eligible).toBe(false);
    const failed = r.results.filter((x) => x.passed === false);
    expect(failed.map((x) => x.code)).toEqual(['rating', 'discipline', 'once']);
    expect(failed[0]?.reason).toBe('Xếp loại hoàn thành nhiệm vụ, chưa đạt mức hoàn thành tốt nhiệm vụ');
    expect(failed[1]?.reason).toContain('kỷ luật');
    expect(checkEligibility(LDTT, { ...clean, rating: null }).results[0]?.reason).toContain(
      'Chưa có kết quả xếp loại',
    );
  });
  it('share of members with a title for a collective, exact at the edge', () => {
    expect(
      checkEligibility(TTLDXS, { ...clean, rating: 'excellent', members: 10, titledMembers: 7 }).eligible,
    ).toBe(true);
    const low = checkEligibility(TTLDXS, { ...clean, rating: 'excellent', members: 10, titledMembers: 6 });
    expect(low.eligible).toBe(false);
    expect(low.results[1]?.reason).toBe('6/10 thành viên đạt danh hiệu (60 %; cần từ 70 %)');
    expect(checkEligibility(TTLDXS, { ...clean, rating: 'excellent' }).results[1]?.passed).toBe(false);
    expect(
      checkEligibility(TTLDXS, { ...clean, rating: 'excellent', members: 5, titledMembers: 6 }).eligible,
    ).toBe(false);
  });
});

describe('council tally', () => {
  const rules = { quorum: 2 / 3, threshold: 0.7, base: 'members' as const };
  it('no quorum, no result', () => {
    const t = tally({ members: 9, participants: 5, recused: 0, yes: 5, no: 0, abstain: 0 }, rules);
    expect(t).toMatchObject({ quorumReached: false, approved: null });
    expect(t.text).toContain('không có kết quả');
  });
  it('quorum at exactly two thirds; threshold against all members', () => {
    const t = tally({ members: 9, participants: 6, recused: 0, yes: 6, no: 0, abstain: 0 }, rules);
    expect(t.quorumReached).toBe(true);
    // 6 of 9 members = 66,7 % < 70 %: not approved even though everyone present agreed.
    expect(t).toMatchObject({ approved: false, base: 9 });
    expect(t.text).toBe('6/9 phiếu đồng ý = 66,7 % < 70 % → không đề nghị');
    const seven = tally({ members: 9, participants: 8, recused: 0, yes: 7, no: 1, abstain: 0 }, rules);
    expect(seven.approved).toBe(true);
    expect(seven.text).toBe('7/9 phiếu đồng ý = 77,8 % ≥ 70 % → đề nghị khen thưởng');
  });
  it('recusal leaves the base; threshold exactly met; participants as the base', () => {
    // 10 members, one recused: 7/9 = 77,8 %.
    expect(
      tally({ members: 10, participants: 10, recused: 1, yes: 7, no: 2, abstain: 0 }, rules).approved,
    ).toBe(true);
    // 7 of 10 = exactly 70 %.
    expect(
      tally({ members: 10, participants: 10, recused: 0, yes: 7, no: 3, abstain: 0 }, rules).approved,
    ).toBe(true);
    const p = tally(
      { members: 9, participants: 6, recused: 0, yes: 5, no: 1, abstain: 0 },
      { ...rules, base: 'participants' },
    );
    expect(p).toMatchObject({ base: 6, approved: true });
    expect(
      tally({ members: 0, participants: 0, recused: 0, yes: 0, no: 0, abstain: 0 }, rules).approved,
    ).toBeNull();
  });
});

describe('workflow and deadlines', () => {
  it('one transition per action; every reason-bearing action is an office step', () => {
    const actions = NOMINATION_TRANSITIONS.map((t) => t.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(NOMINATION_TRANSITIONS.filter((t) => t.reasonRequired).every((t) => t.by === 'office')).toBe(true);
  });
  it('counts working days, skipping weekends and holidays', () => {
    // Friday 05/12/2025 + 1 working day = Monday 08/12.
    expect(addWorkingDays('2025-12-05', 1)).toBe('2025-12-08');
    expect(addWorkingDays('2025-12-05', 10)).toBe('2025-12-19');
    expect(addWorkingDays('2025-12-30', 2, ['2026-01-01'])).toBe('2026-01-02');
  });
});
