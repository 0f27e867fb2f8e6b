import { describe, expect, it } from 'vitest';
import { defaultPeriod } from './period.ts';

const periods = ['2025-09', '2025-10', '2025-11', '2025-12'].map((id) => ({ id, start: `${id}-01` }));

describe('defaultPeriod', () => {
  it('opens on the latest started period with figures', () => {
    expect(defaultPeriod(periods, '2026-11-25', new Set(['2025-09', '2025-11']))?.id).toBe('2025-11');
  });
  it('falls back to the latest started one, then to the first', () => {
    expect(defaultPeriod(periods, '2025-10-15', new Set())?.id).toBe('2025-10');
    expect(defaultPeriod(periods, '2025-08-01', new Set(['2025-12']))?.id).toBe('2025-09');
    expect(defaultPeriod([], '2025-08-01', new Set())).toBeUndefined();
  });
  it('ignores figures of periods that have not started', () => {
    expect(defaultPeriod(periods, '2025-10-15', new Set(['2025-12']))?.id).toBe('2025-10');
  });
});
