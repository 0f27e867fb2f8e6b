/**
 * Rewards, from the nomination to the council's result: a collective (Tổ dân phố 7) and a person (its tổ
 * trưởng) are proposed, the rules refuse what they must, the office checks the dossiers, a council of four
 * votes by secret ballot (who voted is kept, how is not linkable), quorum and threshold decide.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxRuns, exportAndWait } from '../documents/test-support.ts';
import { readPdf } from '../plan-import/read-pdf.ts';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let reporter: Agent;
let chair: Agent;
let members: Agent[];
let campaignId: number;
let tdp07: number;
const award: Record<string, any> = {};
const person: Record<string, any> = {};
let collective: any;
let individual: any;

const ACHIEVEMENT =
  'Tổ dân phố 7 hoàn thành vượt các chỉ tiêu phân loại rác tại nguồn, chiếu sáng ngõ xóm và sinh hoạt văn hóa năm 2025.';

const userId = async (username: string) =>
  Number((await env.sql<{ id: number }>('SELECT id::int FROM users WHERE username = $1', [username]))[0]?.id);

beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
  reporter = await env.as('reporter');
  chair = await env.as('chair');
  members = [await env.as('council'), await env.as('council2'), await env.as('council3')];
  tdp07 = (await env.unit('HP.DONGHAI.TDP07')).id;
  const list = await office.get('/api/campaigns?status=launched');
  campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  for (const a of (await office.get('/api/award-types')).body.items) award[a.code] = a;
  for (const p of (await reporter.get(`/api/org-units/${tdp07}/persons`)).body.items) person[p.fullName] = p;
}, 120_000);
afterAll(() => env.close());

describe('award catalogue', () => {
  it('keeps forms and titles as data with authority, legal basis, dates and criteria', async () => {
    expect(award.LDTT).toMatchObject({
      subject: 'individual',
      kind: 'title',
      authority: 'ward',
      inForce: true,
    });
    expect(award.BK_TP_TT).toMatchObject({ subject: 'collective', authority: 'city', cashMultiplier: 2 });
    expect(award.GK_CN.legalBasis).toContain('06/2022/QH15');
    expect(award.TTLDXS.criteria.map((c: any) => c.rule.type)).toContain('min_title_share');
    expect(Object.keys(person)).toContain('Nguyễn Thị Hồng Nhung');
  });
});

describe('nominations', () => {
  it('checks the rules and names the failed ones', async () => {
    // Under discipline: refused, with the rule named.
    const disciplined = await reporter.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'individual',
      personId: person['Trần Quốc Huy'].id,
      awardTypeId: award.GK_CN.id,
      achievement: ACHIEVEMENT,
    });
    expect(disciplined.status).toBe(422);
    expect(disciplined.body.error.code).toBe('NOMINATION_NOT_ELIGIBLE');
    expect(disciplined.body.error.details.map((d: any) => d.path)).toEqual(['criteria.ky_luat']);
    // Rated "hoàn thành nhiệm vụ": not enough for Giấy khen.
    const low = await reporter.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'individual',
      personId: person['Lê Thị Thu'].id,
      awardTypeId: award.GK_CN.id,
      achievement: ACHIEVEMENT,
    });
    expect(low.status).toBe(422);
    expect(low.body.error.details[0].message).toContain('chưa đạt mức hoàn thành tốt nhiệm vụ');
    // A collective with too few titled members for "Tập thể lao động xuất sắc".
    const share = await reporter.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'collective',
      nomineeUnitId: tdp07,
      awardTypeId: award.TTLDXS.id,
      achievement: ACHIEVEMENT,
      rating: 'excellent',
      members: 40,
      titledMembers: 20,
    });
    expect(share.status).toBe(422);
    expect(share.body.error.details[0].message).toContain(
      '20/40 thành viên đạt danh hiệu (50 %; cần từ 70 %)',
    );
    // A form for collectives cannot go to a person; a short achievement is refused with its field.
    const wrong = await reporter.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'individual',
      personId: person['Phạm Văn Đức'].id,
      awardTypeId: award.GK_TT.id,
      achievement: 'Tốt',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.map((d: any) => d.path)).toContain('body.achievement');
    // Nothing was written.
    expect(await env.sql('SELECT 1 FROM nominations')).toEqual([]);
  });

  it('proposes a collective and a person, once each', async () => {
    const c = await reporter.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'collective',
      nomineeUnitId: tdp07,
      awardTypeId: award.GK_TT.id,
      achievement: ACHIEVEMENT,
      rating: 'good',
      smallCollective: true,
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    collective = c.body;
    expect(collective).toMatchObject({ status: 'draft', nomineeName: 'Tổ dân phố 7', smallCollective: true });
    expect(collective.eligibility).toMatchObject({ eligible: true, complete: false });
    const i = await reporter.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'individual',
      personId: person['Nguyễn Thị Hồng Nhung'].id,
      awardTypeId: award.GK_CN.id,
      achievement:
        'Tổ trưởng gương mẫu, vận động 100 % hộ dân phân loại rác tại nguồn và lắp đèn chiếu sáng ngõ xóm.',
      directWorker: true,
    });
    expect(i.status, JSON.stringify(i.body)).toBe(201);
    individual = i.body;
    expect(individual).toMatchObject({
      rating: 'excellent',
      nomineeUnitName: 'Tổ dân phố 7',
      directWorker: true,
    });
    // The same person again for the same achievement (campaign): refused.
    const again = await reporter.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'individual',
      personId: person['Nguyễn Thị Hồng Nhung'].id,
      awardTypeId: award.LDTT.id,
      achievement: ACHIEVEMENT,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NOMINATION_DUPLICATE');
    // Another unit's reporter cannot propose for Tổ dân phố 7; the audit trail has the creations.
    const audit = await env.sql(`SELECT 1 FROM audit_log WHERE action = 'nomination.create'`);
    expect(audit).toHaveLength(2);
  });

  it('walks the dossier check: submit, return with a reason, fix, accept with the checklist', async () => {
    const sub = await reporter.post(`/api/nominations/${individual.id}/submit`, {
      version: individual.version,
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    expect(sub.body.status).toBe('submitted');
    expect(sub.body.checkDueOn).toBe('2025-10-15'); // 10 working days after Wednesday 01/10/2025
    const noReason = await office.post(`/api/nominations/${individual.id}/return`, {
      version: sub.body.version,
    });
    expect(noReason.status).toBe(400);
    const ret = await office.post(`/api/nominations/${individual.id}/return`, {
      version: sub.body.version,
      reason: 'Bổ sung báo cáo thành tích có xác nhận của Trưởng ban công tác Mặt trận.',
    });
    expect(ret.body).toMatchObject({ status: 'returned', statusReason: expect.stringContaining('Bổ sung') });
    // The unit may edit while returned…
    const fixed = await reporter.put(`/api/nominations/${individual.id}`, {
      version: ret.body.version,
      achievement: `${individual.achievement} Có xác nhận của Trưởng ban công tác Mặt trận.`,
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    const resub = await reporter.post(`/api/nominations/${individual.id}/submit`, {
      version: fixed.body.version,
    });
    // …the office cannot accept without ticking the checklist…
    const incomplete = await office.post(`/api/nominations/${individual.id}/accept_dossier`, {
      version: resub.body.version,
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.details.map((d: any) => d.path)).toEqual(['criteria.bao_cao']);
    const ok = await office.post(`/api/nominations/${individual.id}/accept_dossier`, {
      version: resub.body.version,
      checklist: { bao_cao: true },
    });
    expect(ok.body).toMatchObject({ status: 'checked', eligibility: { complete: true } });
    // …and once checked the dossier is locked for the unit.
    const locked = await reporter.put(`/api/nominations/${individual.id}`, {
      version: ok.body.version,
      directWorker: false,
    });
    expect(locked.body.error.code).toBe('NOMINATION_LOCKED');
    const c1 = await reporter.post(`/api/nominations/${collective.id}/submit`, {
      version: collective.version,
    });
    const c2 = await office.post(`/api/nominations/${collective.id}/accept_dossier`, {
      version: c1.body.version,
      checklist: { bao_cao: true },
    });
    expect(c2.body.status).toBe('checked');
    // A unit cannot check its own dossier.
    expect(
      (
        await reporter.post(`/api/nominations/${collective.id}/reject`, {
          version: c2.body.version,
          reason: 'x',
        })
      ).status,
    ).toBe(403);
  });
});

describe('council', () => {
  let sessionId = 0;
  it('tables checked dossiers before chosen members; a secret ballot keeps who voted apart from how', async () => {
    const ids = await Promise.all(['council', 'council2', 'council3', 'chair'].map(userId));
    const notMember = await office.post('/api/council-sessions', {
      campaignId,
      title: 'Phiên họp xét khen thưởng năm 2025',
      meetsOn: '2025-12-15',
      memberIds: [...ids, await userId('reporter')],
      nominationIds: [collective.id, individual.id],
    });
    expect(notMember.status).toBe(400);
    const s = await office.post('/api/council-sessions', {
      campaignId,
      title: 'Phiên họp xét khen thưởng năm 2025',
      meetsOn: '2025-12-15',
      quorum: 2 / 3,
      threshold: 0.7,
      ballot: 'secret',
      memberIds: ids,
      nominationIds: [collective.id, individual.id],
    });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    sessionId = s.body.id;
    expect(s.body.members).toHaveLength(4);
    expect((await reporter.get(`/api/nominations/${individual.id}`)).body.status).toBe('in_council');
    // Editing after tabling is refused.
    const late = await reporter.put(`/api/nominations/${collective.id}`, {
      version: 99,
      achievement: ACHIEVEMENT,
    });
    expect(late.body.error.code).toBe('NOMINATION_LOCKED');

    // Member 1 stands aside on the individual (a relative), then votes on the collective only.
    await members[0]?.post(`/api/council-sessions/${sessionId}/recusals`, {
      nominationId: individual.id,
      reason: 'Có quan hệ gia đình với người được đề nghị',
    });
    const incomplete = await members[0]?.post(`/api/council-sessions/${sessionId}/ballot`, {
      votes: [
        { nominationId: collective.id, choice: 'yes' },
        { nominationId: individual.id, choice: 'yes' },
      ],
    });
    expect(incomplete?.status).toBe(400);
    const v1 = await members[0]?.post(`/api/council-sessions/${sessionId}/ballot`, {
      votes: [{ nominationId: collective.id, choice: 'yes' }],
    });
    expect(v1?.status, JSON.stringify(v1?.body)).toBe(200);
    const twice = await members[0]?.post(`/api/council-sessions/${sessionId}/ballot`, {
      votes: [{ nominationId: collective.id, choice: 'no' }],
    });
    expect(twice?.body.error.code).toBe('COUNCIL_ALREADY_VOTED');
    await members[1]?.post(`/api/council-sessions/${sessionId}/ballot`, {
      votes: [
        { nominationId: collective.id, choice: 'yes' },
        { nominationId: individual.id, choice: 'yes' },
      ],
    });
    await members[2]?.post(`/api/council-sessions/${sessionId}/ballot`, {
      votes: [
        { nominationId: collective.id, choice: 'yes' },
        { nominationId: individual.id, choice: 'no' },
      ],
    });
    // A non-member cannot vote.
    expect(
      (
        await reporter.post(`/api/council-sessions/${sessionId}/ballot`, {
          votes: [{ nominationId: collective.id, choice: 'yes' }],
        })
      ).status,
    ).toBe(403);

    // Who voted is known; how is not linkable to anyone: no user column, no time, random keys, no choices in audit.
    const view = (await office.get(`/api/council-sessions/${sessionId}`)).body;
    expect(view.members.filter((m: any) => m.hasVoted)).toHaveLength(3);
    expect(view.items.every((i: any) => i.votes.length === 0)).toBe(true);
    const cols = await env.sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'council_secret_votes' ORDER BY 1`,
    );
    expect(cols.map((c) => c.column_name)).toEqual(['choice', 'nomination_id', 'session_id', 'token']);
    const audit = await env.sql<{ after: any }>(`SELECT after FROM audit_log WHERE action = 'council.vote'`);
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toMatch(/"(yes|no|abstain)"/);
  });

  it('without a quorum nothing is decided; with one, the threshold decides and the minutes say why', async () => {
    // Chair absent + member 3 absent: 2 of 4 take part = 50 % < 2/3.
    const chairId = await userId('chair');
    const c3 = await userId('council3');
    await office.put(`/api/council-sessions/${sessionId}/attendance`, {
      userId: chairId,
      attendance: 'absent',
    });
    let s = (
      await office.put(`/api/council-sessions/${sessionId}/attendance`, { userId: c3, attendance: 'absent' })
    ).body;
    const noQuorum = await office.post(`/api/council-sessions/${sessionId}/close`, { version: s.version });
    expect(noQuorum.status).toBe(422);
    expect(noQuorum.body.error.code).toBe('COUNCIL_NO_QUORUM');
    expect((await office.get(`/api/nominations/${collective.id}`)).body.status).toBe('in_council');
    // Member 3 voted in writing: 3 of 4 take part = 75 % ≥ 2/3.
    s = (
      await office.put(`/api/council-sessions/${sessionId}/attendance`, { userId: c3, attendance: 'written' })
    ).body;
    // The absent chair cannot vote.
    expect(
      (
        await chair.post(`/api/council-sessions/${sessionId}/ballot`, {
          votes: [
            { nominationId: collective.id, choice: 'yes' },
            { nominationId: individual.id, choice: 'yes' },
          ],
        })
      ).body.error.code,
    ).toBe('COUNCIL_NOT_PRESENT');
    const closed = await office.post(`/api/council-sessions/${sessionId}/close`, { version: s.version });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const result = (id: number) => closed.body.items.find((i: any) => i.nominationId === id).result;
    // Collective: 3 yes of 4 members = 75 % ≥ 70 % → approved.
    expect(result(collective.id)).toMatchObject({ yes: 3, base: 4, approved: true });
    // Individual: one member stood aside → base 3; 1 yes = 33,3 % → not approved.
    expect(result(individual.id)).toMatchObject({ yes: 1, no: 1, base: 3, approved: false });
    expect(result(individual.id).text).toBe('1/3 phiếu đồng ý = 33,3 % < 70 % → không đề nghị');
    expect((await reporter.get(`/api/nominations/${collective.id}`)).body).toMatchObject({
      status: 'approved',
      councilResult: { approved: true },
    });
    expect((await reporter.get(`/api/nominations/${individual.id}`)).body.status).toBe('not_approved');
    // After closing: no more votes.
    const after = await members[0]?.post(`/api/council-sessions/${sessionId}/ballot`, {
      votes: [{ nominationId: collective.id, choice: 'no' }],
    });
    expect(after?.body.error.code).toBe('COUNCIL_CLOSED');
    const minutes = await office.download(`/api/council-sessions/${sessionId}/minutes.txt`);
    const text = minutes.body.toString('utf8');
    expect(text).toContain('BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG');
    expect(text).toContain(
      'Tổ dân phố 7 – Giấy khen của Chủ tịch UBND phường (tập thể): 3/4 phiếu đồng ý = 75 % ≥ 70 %',
    );
    expect(text).toContain('không tham gia biểu quyết');
    // The same minutes as a Word document in the official layout.
    const docx = await office.download(`/api/council-sessions/${sessionId}/minutes.docx`);
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(docx.body);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const s of [
      'BIÊN BẢN',
      'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
      'Số:      /BB-HĐTĐKT',
      '3/4',
      '75 %',
      'Đề nghị khen thưởng',
    ])
      expect(xml).toContain(s);
  });
});

describe('open ballot, disclosure, objections, decision, certificate, statistics', () => {
  let third: any;
  let disclosureId = 0;

  it('an open ballot records who voted how; the third nominee is approved', async () => {
    const created = await reporter.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'individual',
      personId: person['Phạm Văn Đức'].id,
      awardTypeId: award.GK_CN.id,
      achievement: 'Tham gia tuần tra an ninh trật tự 120 buổi, vận động hộ dân lắp camera giám sát ngõ xóm.',
      directWorker: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const s1 = await reporter.post(`/api/nominations/${created.body.id}/submit`, {
      version: created.body.version,
    });
    third = (
      await office.post(`/api/nominations/${created.body.id}/accept_dossier`, {
        version: s1.body.version,
        checklist: { bao_cao: true },
      })
    ).body;
    const ids = await Promise.all(['council', 'council2', 'council3'].map(userId));
    const s = await office.post('/api/council-sessions', {
      campaignId,
      title: 'Phiên họp bổ sung',
      meetsOn: '2025-12-16',
      ballot: 'open',
      memberIds: ids,
      nominationIds: [third.id],
    });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    for (const m of members)
      await m.post(`/api/council-sessions/${s.body.id}/ballot`, {
        votes: [{ nominationId: third.id, choice: 'yes' }],
      });
    const view = (await office.get(`/api/council-sessions/${s.body.id}`)).body;
    expect(view.items[0].votes.map((v: any) => v.choice)).toEqual(['yes', 'yes', 'yes']);
    const closed = await office.post(`/api/council-sessions/${s.body.id}/close`, { version: view.version });
    expect(closed.body.items[0].result).toMatchObject({ yes: 3, base: 3, approved: true });
  });

  it('discloses approved nominees to the public, takes objections, and the office resolves them', async () => {
    const refused = await office.post('/api/disclosures', {
      campaignId,
      title: 'Công khai danh sách đề nghị khen thưởng năm 2025',
      startsOn: '2025-10-01',
      endsOn: '2025-10-03',
      nominationIds: [collective.id, individual.id],
    });
    expect(refused.status).toBe(400); // the individual was not approved
    const d = await office.post('/api/disclosures', {
      campaignId,
      title: 'Công khai danh sách đề nghị khen thưởng năm 2025',
      startsOn: '2025-10-01',
      endsOn: '2025-10-03',
      nominationIds: [collective.id, third.id],
    });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    disclosureId = d.body.id;
    const anon = env.anon();
    const pub = await anon.get(`/api/public/disclosures/${disclosureId}`);
    expect(pub.status).toBe(200);
    expect(pub.headers['cache-control']).toContain('max-age=60');
    expect(pub.body).toMatchObject({ issuer: 'Phường Đông Hải', open: true });
    expect(pub.body.items.map((i: any) => i.name).sort()).toEqual(['Phạm Văn Đức', 'Tổ dân phố 7']);
    expect(JSON.stringify(pub.body)).not.toMatch(/underDiscipline|ratings|checklist/);
    expect((await anon.get('/api/public/disclosures')).body.items[0]).toMatchObject({
      id: disclosureId,
      nominees: 2,
    });
    expect((await anon.get('/api/public/disclosures/99999')).status).toBe(404);
    const short = await anon.post(`/api/public/disclosures/${disclosureId}/objections`, {
      nominationId: third.id,
      content: 'Sai',
    });
    expect(short.status).toBe(400);
    const o1 = await anon.post(`/api/public/disclosures/${disclosureId}/objections`, {
      nominationId: third.id,
      content: 'Ông Đức không tham gia tuần tra từ tháng 8, số buổi báo cáo không đúng thực tế.',
      contact: null,
    });
    expect(o1.status, JSON.stringify(o1.body)).toBe(201);
    const o2 = await anon.post(`/api/public/disclosures/${disclosureId}/objections`, {
      nominationId: collective.id,
      content: 'Tổ dân phố 7 còn nhiều ngõ chưa có đèn chiếu sáng, đề nghị xem lại thành tích.',
      contact: 'Hộ gia đình số 12, ngõ 5',
    });
    expect(o2.status).toBe(201);
    // No decision while an objection is open (and while the disclosure runs).
    const early = await chair.post('/api/decisions', {
      campaignId,
      kind: 'decision',
      number: 15,
      signedOn: '2025-10-06',
      signerName: 'Nguyễn Trọng Khiêm',
      nominationIds: [collective.id],
    });
    expect(early.body.error.code).toBe('DISCLOSURE_NOT_ENDED');
    // Resolve: the first is upheld (the nominee is refused), the second dismissed.
    const up = await office.post(`/api/objections/${o1.body.id}/resolve`, {
      status: 'upheld',
      resolution: 'Xác minh với tổ bảo vệ dân phố: từ tháng 8 ông Đức không tham gia tuần tra.',
    });
    expect(up.body).toMatchObject({ status: 'upheld', resolvedBy: 'Trần Thị Thu Hà' });
    expect((await office.get(`/api/nominations/${third.id}`)).body.status).toBe('not_approved');
    const again = await office.post(`/api/objections/${o1.body.id}/resolve`, {
      status: 'dismissed',
      resolution: 'x',
    });
    expect(again.status).toBe(409);
    const view = (await office.get(`/api/disclosures/${disclosureId}`)).body;
    expect(view.items.find((i: any) => i.nominationId === collective.id).openObjections).toBe(1);
    expect((await reporter.get(`/api/disclosures/${disclosureId}`)).status).toBe(403);
    // Too many objections from one address: refused for a while.
    let last = 0;
    for (let k = 0; k < 5; k++)
      last = (
        await anon.post(`/api/public/disclosures/${disclosureId}/objections`, {
          nominationId: collective.id,
          content: `Ý kiến thứ ${k + 3}: đề nghị làm rõ số liệu chiếu sáng ngõ xóm của tổ.`,
        })
      ).status;
    expect(last).toBe(429);
  });

  it('the Chairman decides after the disclosure with no open objection; the certificate keeps its diacritics', async () => {
    const view = (await office.get(`/api/disclosures/${disclosureId}`)).body;
    for (const o of view.objections.filter((x: any) => x.status === 'open'))
      await office.post(`/api/objections/${o.id}/resolve`, {
        status: 'dismissed',
        resolution: 'Đã kiểm tra thực tế: 95 % ngõ có đèn.',
      });
    env.clock.advance(4 * 86_400_000);
    const chairNow = await env.as('chair');
    const officeNow = await env.as('office');
    const notChair = await officeNow.post('/api/decisions', {
      campaignId,
      kind: 'decision',
      number: 15,
      signedOn: '2025-10-05',
      signerName: 'Nguyễn Trọng Khiêm',
      nominationIds: [collective.id],
    });
    expect(notChair.status).toBe(403);
    const wrongKind = await chairNow.post('/api/decisions', {
      campaignId,
      kind: 'proposal',
      number: 3,
      signedOn: '2025-10-05',
      signerName: 'Nguyễn Trọng Khiêm',
      nominationIds: [collective.id],
    });
    expect(wrongKind.status).toBe(400);
    const dec = await chairNow.post('/api/decisions', {
      campaignId,
      kind: 'decision',
      number: 5,
      signedOn: '2025-10-05',
      signerName: 'Nguyễn Trọng Khiêm',
      nominationIds: [collective.id],
    });
    expect(dec.status, JSON.stringify(dec.body)).toBe(201);
    expect(dec.body).toMatchObject({
      reference: '05/QĐ-UBND',
      items: [{ name: 'Tổ dân phố 7', cashMultiplier: 0.6 }],
    });
    // The proposer sees which decision settled its nomination.
    expect((await (await env.as('reporter')).get(`/api/nominations/${collective.id}`)).body.decision).toEqual(
      {
        id: dec.body.id,
        kind: 'decision',
        reference: '05/QĐ-UBND',
        signedOn: '2025-10-05',
      },
    );
    const dup = await chairNow.post('/api/decisions', {
      campaignId,
      kind: 'decision',
      number: 5,
      signedOn: '2025-10-05',
      signerName: 'Nguyễn Trọng Khiêm',
      nominationIds: [collective.id],
    });
    expect(dup.status).toBe(409);
    const pdf = await officeNow.download(`/api/nominations/${collective.id}/certificate.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await readPdf(new Uint8Array(pdf.body))).normalize('NFC');
    for (const s of [
      'GIẤY KHEN',
      'Tổ dân phố 7',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI',
      'Quyết định số 05/QĐ-UBND',
      'Nguyễn Trọng Khiêm',
    ])
      expect(text).toContain(s);
    expect((await officeNow.download(`/api/nominations/${third.id}/certificate.pdf`)).status).toBe(409);
  });

  it('counts awards by form and unit, shares to direct workers and small collectives, refusals and why', async () => {
    const s = (await (await env.as('office')).get(`/api/campaigns/${campaignId}/reward-stats`)).body;
    expect(s).toMatchObject({
      nominations: 3,
      awarded: 1,
      collectivesAwarded: 1,
      smallCollectives: 1,
      smallCollectiveShare: 1,
      individualsAwarded: 0,
      directWorkerShare: null,
      rejected: 2,
      returned: 1,
    });
    expect(s.rejectedShare).toBeCloseTo(2 / 3, 3);
    expect(s.reasons.map((r: any) => r.reason).sort()).toEqual([
      'Không đạt tỷ lệ phiếu đồng ý của Hội đồng',
      'Ý kiến phản ánh của nhân dân được xác minh đúng',
    ]);
    expect(s.byAward.find((a: any) => a.code === 'GK_TT')).toMatchObject({ nominated: 1, awarded: 1 });
  });

  it('the minutes, the decision with its list and the certificates come out as official documents', async () => {
    const o = await env.as('office');
    const cat = (await o.get(`/api/campaigns/${campaignId}/documents`)).body;
    const dec = cat.options.decisionId.find((d: any) => d.kind === 'decision');
    expect(dec.label).toBe('Quyết định số 05/QĐ-UBND ngày 05/10/2025');
    const decision = await exportAndWait(o, campaignId, {
      kind: 'decision',
      format: 'docx',
      params: { decisionId: dec.value },
    });
    expect(decision.job.status).toBe('done');
    const zip = await JSZip.loadAsync(decision.file?.body as Buffer);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const t = docxRuns(xml);
    for (const s of [
      'QUYẾT ĐỊNH',
      'Số: 05/QĐ-UBND',
      'Đông Hải, ngày 05 tháng 10 năm 2025',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI',
      'QUYẾT ĐỊNH:',
      'DANH SÁCH KHEN THƯỞNG',
      '(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/10/2025 của Chủ tịch Ủy ban nhân dân phường Đông Hải)',
      'I. TẬP THỂ (1)',
      'Tổ dân phố 7',
      '0,6',
      'Nguyễn Trọng Khiêm',
    ])
      expect(t).toContain(s);
    // The list "kèm theo" is a section of its own (a new page), with page numbers.
    expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(2);
    // A decision is not a proposal.
    const wrong = await o.get(
      `/api/campaigns/${campaignId}/documents/proposal/preview?decisionId=${dec.value}`,
    );
    expect(wrong.body.error.code).toBe('DOCUMENT_KIND_MISMATCH');

    const certs = await exportAndWait(o, campaignId, {
      kind: 'certificates',
      format: 'pdf',
      params: { decisionId: dec.value },
    });
    expect(certs.job.status).toBe('done');
    const certText = (await readPdf(new Uint8Array(certs.file?.body as Buffer))).normalize('NFC');
    expect(certText).toContain('GIẤY KHEN');
    expect(certText).toContain('Tổ dân phố 7');

    const session = cat.options.sessionId[0];
    const minutes = await exportAndWait(o, campaignId, {
      kind: 'minutes',
      format: 'docx',
      params: { sessionId: session.value },
    });
    expect(minutes.job.status).toBe('done');
    const mt = docxRuns(
      (await (
        await JSZip.loadAsync(minutes.file?.body as Buffer)
      )
        .file('word/document.xml')
        ?.async('string')) ?? '',
    );
    expect(mt).toContain('BIÊN BẢN');
    expect(mt).toContain('KẾT QUẢ BIỂU QUYẾT');
    expect(mt).toContain('Ý KIẾN THẢO LUẬN VÀ KẾT LUẬN');
  });

  it('keeps a registry of advanced examples that nominations can cite', async () => {
    const rep = await env.as('reporter');
    const tdp08 = await env.unit('HP.DONGHAI.TDP08');
    const e = await rep.post('/api/examples', {
      unitId: tdp07,
      title: 'Mô hình "Ngõ sáng – ngõ xanh"',
      field: 'Môi trường – đô thị',
      description: 'Hộ dân góp kinh phí lắp đèn năng lượng mặt trời và trồng cây xanh trong ngõ.',
    });
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    expect(e.body).toMatchObject({ stage: 'discovered', unitName: 'Tổ dân phố 7' });
    const moved = await rep.put(`/api/examples/${e.body.id}`, {
      version: e.body.version,
      stage: 'replicated',
      replicatedUnitIds: [tdp08.id],
    });
    expect(moved.body).toMatchObject({ stage: 'replicated', replicatedUnits: [{ name: 'Tổ dân phố 8' }] });
    const stale = await rep.put(`/api/examples/${e.body.id}`, { version: e.body.version, stage: 'nurtured' });
    expect(stale.status).toBe(409);
    const foreign = await rep.put(`/api/examples/${e.body.id}`, {
      version: moved.body.version,
      replicatedUnitIds: [(await env.unit('HP.HAIAN.TDP01')).id],
    });
    expect(foreign.status).toBe(400);
    expect((await rep.get('/api/examples')).body.items.map((x: any) => x.id)).toContain(e.body.id);
    const cite = await rep.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'individual',
      personId: person['Phạm Văn Đức'].id,
      awardTypeId: award.LDTT.id,
      achievement: 'Khởi xướng mô hình "Ngõ sáng – ngõ xanh", được Tổ dân phố 8 nhân rộng.',
      exampleId: e.body.id,
    });
    expect(cite.status, JSON.stringify(cite.body)).toBe(201);
    expect((await rep.get('/api/examples')).body.items.find((x: any) => x.id === e.body.id).nominations).toBe(
      1,
    );
  });
});

describe('dossier check time', () => {
  it('is set per campaign in working days and dates each submission', async () => {
    const o = await env.as('office');
    const c = (await o.get(`/api/campaigns/${campaignId}`)).body;
    expect(c.dossierCheckDays).toBe(10);
    const bad = await o.patch(`/api/campaigns/${campaignId}`, { version: c.version, dossierCheckDays: 0 });
    expect(bad.status).toBe(400);
    const ok = await o.patch(`/api/campaigns/${campaignId}`, {
      version: c.version,
      dossierCheckDays: 12,
      changeNote: 'Theo thủ tục hành chính công bố: 12 ngày làm việc',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const rep = await env.as('reporter');
    const n = await rep.post('/api/nominations', {
      campaignId,
      proposerUnitId: tdp07,
      subject: 'individual',
      personId: person['Nguyễn Thị Hồng Nhung'].id,
      awardTypeId: award.LDTT.id,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ tổ trưởng tổ dân phố năm 2025, không để xảy ra khiếu kiện.',
    });
    // The earlier nomination of this person was refused by the council, so a new one is allowed.
    expect(n.status, JSON.stringify(n.body)).toBe(201);
    // The dossier's files: checked by content, stored, listed, downloaded intact.
    const fake = await rep.upload(`/api/nominations/${n.body.id}/files`, {
      name: 'bao-cao.pdf',
      content: Buffer.from('not a pdf'),
    });
    expect(fake.status).toBe(415);
    const pdfBytes = Buffer.from(
      '%PDF-1.4\n%âãÏÓ\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    );
    const up = await rep.upload(`/api/nominations/${n.body.id}/files`, {
      name: 'Báo cáo thành tích.pdf',
      content: pdfBytes,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.files).toEqual([
      expect.objectContaining({ fileName: 'Báo cáo thành tích.pdf', mimeType: 'application/pdf' }),
    ]);
    const back = await (await env.as('office')).download(`/api/nomination-files/${up.body.files[0].id}`);
    expect(Buffer.compare(back.body, pdfBytes)).toBe(0);
    const sub = await rep.post(`/api/nominations/${n.body.id}/submit`, { version: n.body.version });
    const locked = await rep.upload(`/api/nominations/${n.body.id}/files`, {
      name: 'them.pdf',
      content: pdfBytes,
    });
    expect(locked.body.error.code).toBe('NOMINATION_LOCKED');
    // Sunday 05/10/2025 (the clock moved on by four days) + 12 working days = Tuesday 21/10/2025.
    expect(sub.body.checkDueOn).toBe('2025-10-21');
  });
});
