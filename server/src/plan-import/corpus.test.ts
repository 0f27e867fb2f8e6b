/**
 * The test corpus (server/fixtures/plans): every fixture's indicators (value, unit, direction, kind, name,
 * parent) and header fields must match its expected JSON. Held-out fixtures, written after the parser and not
 * tuned on, must stay above a floor; bench/plan-import/accuracy.ts prints their exact figures.
 */
import type { PlanImportResult } from '@thidua/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeNames, type Fixture, loadCorpus, runFixture, scoreHeader, scoreIndicators } from './corpus.ts';

const corpus = loadCorpus();
const results = new Map<string, PlanImportResult>();
beforeAll(async () => {
  for (const f of corpus) results.set(f.name, await runFixture(f));
});

describe('plan-import corpus', () => {
  it('has at least 15 tuned fixtures of several kinds and formats, and held-out ones', () => {
    const tuned = corpus.filter((f) => !f.expected.heldOut);
    expect(tuned.length).toBeGreaterThanOrEqual(15);
    expect(corpus.some((f) => f.expected.heldOut)).toBe(true);
    expect(new Set(corpus.map((f) => f.file.split('.').pop()))).toEqual(new Set(['txt', 'docx', 'pdf']));
    expect(corpus.some((f) => f.expected.header.documentType === 'BC')).toBe(true);
  });

  const tuned = corpus.filter((f) => !f.expected.heldOut);
  it.each(tuned.map((f) => [f.name, f] as const))('%s', (_n, f: Fixture) => {
    const r = results.get(f.name) as PlanImportResult;
    const ind = scoreIndicators(r, f.expected.indicators);
    expect(ind.wrong, 'extracted but not expected').toEqual([]);
    expect(ind.missed, 'expected but not extracted').toEqual([]);
    expect(ind.kindAndName, 'kind and name').toBe(ind.correct);
    expect(scoreHeader(r, f.expected.header).wrong).toEqual([]);
    // Sub-items hang under the right parent.
    for (const e of f.expected.indicators.filter((x) => x.parent)) {
      const d = r.draft.indicators.find(
        (x) => closeNames(e.name, x.name.value) && x.targetValue.value === e.value,
      );
      const parent = r.draft.indicators.find((x) => x.code === d?.parentCode);
      expect(parent && closeNames(e.parent as string, parent.name.value), e.name).toBe(true);
    }
  });

  const heldOut = corpus.filter((f) => f.expected.heldOut);
  it.each(heldOut.map((f) => [f.name, f] as const))(
    '%s (held out) stays above 75 %% precision and recall',
    (_n, f) => {
      const r = results.get(f.name) as PlanImportResult;
      const ind = scoreIndicators(r, f.expected.indicators);
      expect(ind.correct / Math.max(1, ind.extracted)).toBeGreaterThanOrEqual(0.75);
      expect(ind.correct / Math.max(1, ind.expected)).toBeGreaterThanOrEqual(0.75);
    },
  );
});
