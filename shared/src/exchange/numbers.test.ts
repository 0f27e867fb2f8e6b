import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExchangeNumber, parseExchangeNumber } from './numbers.ts';

const read = (s: string) => {
  const n = parseExchangeNumber(s);
  return n.ok ? n.value : `error: ${n.message}`;
};

describe('exchange numbers', () => {
  it('reads both decimal conventions when only one reading exists', () => {
    expect(read('')).toBeNull();
    expect(read('  ')).toBeNull();
    expect(read('1,5')).toBe(1.5);
    expect(read('1.5')).toBe(1.5);
    expect(read('106,5')).toBe(106.5);
    expect(read('1.246,695')).toBe(1246.695);
    expect(read('3.800.019')).toBe(3800019);
    expect(read('1234')).toBe(1234);
    expect(read('1.2340')).toBe(1.234);
    expect(read('0.123')).toBe(0.123);
    expect(read('-2,5')).toBe(-2.5);
    expect(read('\u22127')).toBe(-7);
  });

  it('refuses a dot or comma followed by three digits instead of guessing', () => {
    for (const s of ['1.234', '1,234', '36.692', '-9.100']) expect(read(s), s).toMatch(/^error: .*có thể là/);
    expect(read('1.234')).toContain('1234');
    expect(read('1.234')).toContain('1,234');
  });

  it('refuses what is not a number', () => {
    for (const s of ['abc', '1.2.3', '12 345', '1e5', 'NaN', '--1', '1,,2'])
      expect(read(s), s).toMatch(/^error: /);
    expect(read('9999999999999999')).toMatch(/giới hạn/);
  });

  it('writes every number so that it reads back exactly, never ambiguously', () => {
    expect(formatExchangeNumber(null)).toBe('');
    expect(formatExchangeNumber(1.234)).toBe('1.2340');
    expect(formatExchangeNumber(-12.5)).toBe('-12.5');
    expect(formatExchangeNumber(0.001)).toBe('0.001');
    expect(formatExchangeNumber(1e-7)).toBe('0.0000001');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e15, max: 1e15, noNaN: true }),
          fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
        ),
        (v) => {
          const s = formatExchangeNumber(v);
          const back = parseExchangeNumber(s);
          expect(back, s).toEqual({ ok: true, value: v === 0 ? 0 : v });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
