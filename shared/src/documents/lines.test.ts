import { describe, expect, it } from 'vitest';
import { numberLine, placeDate } from './lines.ts';

describe('official header lines', () => {
  it('numbers the decree way: a leading zero under 10, blanks while unnumbered', () => {
    expect(numberLine(5, 'KH-UBND')).toBe('Số: 05/KH-UBND');
    expect(numberLine(9, 'BC-UBND')).toBe('Số: 09/BC-UBND');
    expect(numberLine(10, 'QĐ-UBND')).toBe('Số: 10/QĐ-UBND');
    expect(numberLine(152, 'QĐ-UBND')).toBe('Số: 152/QĐ-UBND');
    expect(numberLine(null, 'BC-UBND')).toBe('Số:      /BC-UBND');
  });

  it('writes place and date with day and month on two digits, from a date or a timestamp', () => {
    expect(placeDate('Đông Hải', '2026-01-05')).toBe('Đông Hải, ngày 05 tháng 01 năm 2026');
    expect(placeDate('Đông Hải', '2025-12-31T17:00:00.000Z')).toBe('Đông Hải, ngày 31 tháng 12 năm 2025');
    expect(placeDate('Hải Phòng', null)).toBe('Hải Phòng, ngày     tháng     năm');
    expect(placeDate('Đông Hải', '')).toBe('Đông Hải, ngày     tháng     năm');
  });
});
