import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent } from './format.ts';

describe('formatNumber (Vietnamese: . thousands, , decimals)', () => {
  it.each([
    [36692, '36.692'],
    [3800019, '3.800.019'],
    [1246.695, '1.246,7'],
    [55.5, '55,5'],
    [0, '0'],
    [-11232, '-11.232'],
    [999, '999'],
  ])('%s → %s', (n, s) => {
    expect(formatNumber(n, n === 1246.695 ? 1 : 2)).toBe(s);
  });
  it('keeps the requested fraction digits and drops trailing zeros', () => {
    expect(formatNumber(12.15, 2)).toBe('12,15');
    expect(formatNumber(109.2, 2)).toBe('109,2');
    expect(formatNumber(1.005, 3)).toBe('1,005');
  });
  it('returns an empty string for NaN and infinities', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('formatPercent', () => {
  it('writes a space before % and a decimal comma', () => {
    expect(formatPercent(55.5)).toBe('55,5 %');
    expect(formatPercent(100)).toBe('100 %');
  });
});

describe('formatDate / formatDateTime in Vietnam time', () => {
  it('uses dd/mm/yyyy', () => {
    expect(formatDate('2025-12-10T03:00:00Z')).toBe('10/12/2025');
  });
  it('crosses midnight into the Vietnamese day (UTC+7)', () => {
    expect(formatDate('2025-12-09T18:30:00Z')).toBe('10/12/2025');
    expect(formatDateTime('2025-12-09T18:30:00Z')).toBe('10/12/2025 01:30');
  });
  it('returns an empty string for invalid dates', () => {
    expect(formatDate('not a date')).toBe('');
  });
});
