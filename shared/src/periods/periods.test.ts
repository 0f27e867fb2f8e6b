import { describe, expect, it } from 'vitest';
import { addDays, parsePeriod, periodLabel, periodOf, periodsBetween } from './periods.ts';

describe('parsePeriod', () => {
  it('reads each kind of id with calendar dates', () => {
    expect(parsePeriod('2025-10')).toMatchObject({ kind: 'month', start: '2025-10-01', end: '2025-10-31' });
    expect(parsePeriod('2024-02')).toMatchObject({ end: '2024-02-29' });
    expect(parsePeriod('2025Q4')).toMatchObject({
      kind: 'quarter',
      index: 4,
      start: '2025-10-01',
      end: '2025-12-31',
    });
    expect(parsePeriod('2025S2')).toMatchObject({
      kind: 'half_year',
      start: '2025-07-01',
      end: '2025-12-31',
    });
    expect(parsePeriod('2025N9')).toMatchObject({
      kind: 'nine_months',
      start: '2025-01-01',
      end: '2025-09-30',
    });
    expect(parsePeriod('2025')).toMatchObject({ kind: 'year', start: '2025-01-01', end: '2025-12-31' });
  });
  it('applies the 15th → 14th reporting cut-off, across the year boundary too', () => {
    expect(parsePeriod('2025-10', 15)).toMatchObject({ start: '2025-09-15', end: '2025-10-14' });
    expect(parsePeriod('2025-01', 15)).toMatchObject({ start: '2024-12-15', end: '2025-01-14' });
    expect(parsePeriod('2025Q4', 15)).toMatchObject({ start: '2025-09-15', end: '2025-12-14' });
    expect(parsePeriod('2025', 15)).toMatchObject({ start: '2024-12-15', end: '2025-12-14' });
  });
  it('rejects malformed ids and cut-offs', () => {
    for (const bad of ['2025-13', '2025Q5', '2025S3', '2025N8', '25', '2025-1', ''])
      expect(parsePeriod(bad)).toBeNull();
    expect(parsePeriod('2025-10', 31)).toBeNull();
  });
});

describe('periodOf and periodsBetween', () => {
  it('finds the period containing a date, with and without cut-off', () => {
    expect(periodOf('month', '2025-10-14')).toBe('2025-10');
    expect(periodOf('month', '2025-10-15', 15)).toBe('2025-11');
    expect(periodOf('month', '2025-12-20', 15)).toBe('2026-01');
    expect(periodOf('quarter', '2025-09-30')).toBe('2025Q3');
    expect(periodOf('half_year', '2025-07-01')).toBe('2025S2');
  });
  it('lists the months and quarters of the Đông Hải campaign window', () => {
    expect(periodsBetween('month', '2025-09-01', '2025-12-31').map((p) => p.id)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(periodsBetween('quarter', '2025-09-01', '2025-12-31').map((p) => p.id)).toEqual([
      '2025Q3',
      '2025Q4',
    ]);
    expect(periodsBetween('month', '2025-09-01', '2025-12-31', 15).map((p) => p.id)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(periodsBetween('year', '2024-06-01', '2025-02-01').map((p) => p.id)).toEqual(['2024', '2025']);
    expect(periodsBetween('month', '2025-12-01', '2025-01-01')).toEqual([]);
  });
  it('adds days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('periodLabel', () => {
  it('labels in Vietnamese', () => {
    expect(periodLabel({ kind: 'month', year: 2025, index: 10 })).toBe('Tháng 10/2025');
    expect(periodLabel({ kind: 'quarter', year: 2025, index: 4 })).toBe('Quý IV/2025');
    expect(periodLabel({ kind: 'half_year', year: 2025, index: 1 })).toBe('6 tháng đầu năm 2025');
    expect(periodLabel({ kind: 'nine_months', year: 2025, index: 9 })).toBe('9 tháng năm 2025');
    expect(periodLabel({ kind: 'year', year: 2025, index: 1 })).toBe('Năm 2025');
  });
});

describe('campaign window', () => {
  it('names the whole campaign as one period and reads it back', async () => {
    const { campaignWindow, parseWindow } = await import('./periods.ts');
    const w = campaignWindow('2025-09-01', '2025-12-31');
    expect(w).toEqual({
      id: '2025-09-01..2025-12-31',
      kind: 'campaign',
      start: '2025-09-01',
      end: '2025-12-31',
      label: 'Cả đợt (01/09/2025 – 31/12/2025)',
    });
    expect(parseWindow('2025-09-01..2025-12-31')).toEqual(w);
    expect(parseWindow('2025-12-31..2025-09-01')).toBeNull();
    expect(parseWindow('2025Q4')).toBeNull();
    expect(campaignWindow('2025-13-01', '2025-12-31')).toBeNull();
  });
});
