import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';
import { bumpWriteEpoch, readMemo, setReadMemoMs } from './read-memo.ts';

describe('read memos', () => {
  it('hold within the time, and not past a write or the time limit', async () => {
    setReadMemoMs(80);
    let loads = 0;
    const load = async () => ++loads;
    expect(await readMemo('k', load)).toBe(1);
    expect(await readMemo('k', load)).toBe(1);
    bumpWriteEpoch();
    expect(await readMemo('k', load)).toBe(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(await readMemo('k', load)).toBe(3);
    // A value `keep` refuses is never reused.
    expect(await readMemo('n', load, () => false)).toBe(4);
    expect(await readMemo('n', load, () => false)).toBe(5);
    // A write during the load leaves the memo stale.
    const slow = readMemo('s', async () => {
      const v = ++loads;
      bumpWriteEpoch();
      return v;
    });
    expect(await slow).toBe(6);
    expect(await readMemo('s', load)).toBe(7);
    setReadMemoMs(0);
    expect(await readMemo('k', load)).toBe(8);
    expect(await readMemo('k', load)).toBe(9);
  });
});

describe('read memos in the API (a long memo time, so what holds is deterministic)', () => {
  let env: TestEnv;
  let office: Agent;
  let campaignId: number;
  beforeAll(async () => {
    env = await createTestEnv({ readCacheMs: 60_000 });
    office = await env.as('office');
    const list = await office.get('/api/campaigns?status=launched');
    campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  }, 120_000);
  afterAll(async () => {
    await env.close();
    setReadMemoMs(0);
  });

  const ct01Name = async () =>
    (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`)).body.indicators.find(
      (i: { code: string }) => i.code === 'CT01',
    ).name as string;

  it('a change through the API shows on the next read; one behind its back after any write', async () => {
    const before = await ct01Name();
    await env.sql(
      `UPDATE indicators SET name = 'Đổi ngoài API', version = version + 1 WHERE campaign_id = $1 AND code = 'CT01'`,
      [campaignId],
    );
    // Behind the API's back: the memoised fingerprint still matches for up to the memo time.
    expect(await ct01Name()).toBe(before);
    // Any state-changing request (here one refused for its body) makes every memo stale.
    const refused = await office.put(`/api/campaigns/${campaignId}/public-settings`, { nonsense: true });
    expect(refused.status).toBe(400);
    expect(await ct01Name()).toBe('Đổi ngoài API');
  });

  it('a session signed out is refused at once, though its lookup was memoised', async () => {
    const other = await env.as('viewer');
    expect((await other.get('/api/auth/me')).status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(200);
    expect((await other.post('/api/auth/logout', {})).status).toBeLessThan(300);
    expect((await other.get('/api/auth/me')).status).toBe(401);
  });
});
