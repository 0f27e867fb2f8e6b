import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DONG_HAI_INDICATORS } from '../seed/dong-hai-plan.ts';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let wardId: number;

/** The plan's indicators as an import payload (what a reviewed plan import sends). */
const indicators = () =>
  DONG_HAI_INDICATORS.map((i) => ({
    code: i.code,
    name: i.name,
    unitOfMeasure: i.unit,
    kind: i.kind,
    direction: i.direction,
    targetValue: i.target,
    targetLow: i.low ?? null,
    targetHigh: i.high ?? null,
    tolerance: i.tolerance ?? null,
    factor: i.factor ?? null,
    parentCode: i.parent ?? null,
    childrenRule: i.childrenRule ?? 'none',
    sourceText: i.source,
  }));

const count = async () =>
  Number((await env.sql<{ n: number }>('SELECT count(*)::int AS n FROM campaigns'))[0]?.n);

beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
  wardId = (await env.unit('HP.DONGHAI')).id;
});
afterAll(() => env.close());

describe('POST /api/campaigns/import', () => {
  it('creates a draft campaign with all 29 indicators and their parent links in one go', async () => {
    // Children listed before their parent still work: parents are created first.
    const list = indicators().reverse();
    const r = await office.post('/api/campaigns/import', {
      campaign: { issuingUnitId: wardId, title: 'Kế hoạch nhập từ văn bản' },
      indicators: list,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.status).toBe('draft');
    expect(r.body.indicators).toHaveLength(29);
    const ct01 = r.body.indicators.find((i: any) => i.code === 'CT01');
    expect(
      r.body.indicators
        .filter((i: any) => i.parentIndicatorId === ct01.id)
        .map((i: any) => i.code)
        .sort(),
    ).toEqual(['CT01.1', 'CT01.2', 'CT01.3', 'CT01.4']);
  });

  it('saves nothing when one indicator is invalid, and names it', async () => {
    const before = await count();
    const list = indicators();
    list[5] = { ...list[5]!, targetValue: 120 };
    const r = await office.post('/api/campaigns/import', {
      campaign: { issuingUnitId: wardId, title: 'Sai ở dòng 6' },
      indicators: list,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('INDICATOR_TARGET_INVALID');
    expect(r.body.error.details[0].path).toBe('body.indicators.5.targetValue');
    expect(await count()).toBe(before);
    expect(await env.sql("SELECT 1 FROM campaigns WHERE title = 'Sai ở dòng 6'")).toEqual([]);
  });

  it('refuses duplicate codes, unknown parents and parent cycles before writing', async () => {
    const before = await count();
    const dup = [...indicators(), { ...indicators()[1]! }];
    expect(
      (
        await office.post('/api/campaigns/import', {
          campaign: { issuingUnitId: wardId, title: 'Trùng' },
          indicators: dup,
        })
      ).body.error.details[0].path,
    ).toBe('body.indicators.29.code');
    const orphan = indicators().map((i) => (i.code === 'CT02' ? { ...i, parentCode: 'CT99' } : i));
    expect(
      (
        await office.post('/api/campaigns/import', {
          campaign: { issuingUnitId: wardId, title: 'Mồ côi' },
          indicators: orphan,
        })
      ).body.error.code,
    ).toBe('INDICATOR_PARENT_OTHER_CAMPAIGN');
    const cycle = [
      {
        code: 'A',
        name: 'A',
        unitOfMeasure: 'hộ',
        kind: 'count',
        direction: 'at_least',
        targetValue: 1,
        parentCode: 'B',
      },
      {
        code: 'B',
        name: 'B',
        unitOfMeasure: 'hộ',
        kind: 'count',
        direction: 'at_least',
        targetValue: 1,
        parentCode: 'A',
      },
    ];
    expect(
      (
        await office.post('/api/campaigns/import', {
          campaign: { issuingUnitId: wardId, title: 'Vòng' },
          indicators: cycle,
        })
      ).body.error.code,
    ).toBe('INDICATOR_CYCLE');
    expect(await count()).toBe(before);
  });

  it('checks permissions like a hand-made campaign', async () => {
    const reporter = await env.as('reporter');
    expect(
      (
        await reporter.post('/api/campaigns/import', {
          campaign: { issuingUnitId: wardId, title: 'X' },
          indicators: [],
        })
      ).status,
    ).toBe(403);
  });
});
