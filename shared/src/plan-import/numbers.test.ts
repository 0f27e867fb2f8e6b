import { describe, expect, it } from 'vitest';
import { detectNumberStyle, parseVnNumber } from './numbers.ts';

const value = (raw: string, ctx = {}) => parseVnNumber(raw, ctx)?.value;

describe('parseVnNumber', () => {
  it('reads the Vietnamese convention: "." groups thousands, "," marks decimals', () => {
    expect(value('36.692')).toBe(36692);
    expect(value('55,5')).toBe(55.5);
    expect(value('1.246,695')).toBe(1246.695);
    expect(value('3.800.019')).toBe(3800019);
  });

  it('reads the dot decimals of the Đông Hải plan', () => {
    expect(value('18.2')).toBe(18.2);
    expect(value('109.2')).toBe(109.2);
    expect(value('12.15')).toBe(12.15);
    expect(value('0.83')).toBe(0.83);
    expect(value('96.4')).toBe(96.4);
  });

  it('reads plain integers, leading zeros and English grouping', () => {
    expect(parseVnNumber('294')).toMatchObject({ value: 294, reading: 'integer', ambiguous: false });
    expect(value('04')).toBe(4);
    expect(value('3,800,019')).toBe(3800019);
    expect(value('1,246.695')).toBe(1246.695);
  });

  it('forced readings are not ambiguous', () => {
    for (const raw of ['55,5', '18.2', '1.246,695', '3.800.019', '0.830', '1234.567', '12.15'])
      expect(parseVnNumber(raw)?.ambiguous, raw).toBe(false);
  });

  it('flags a dot or comma followed by exactly three digits, with both readings', () => {
    expect(parseVnNumber('36.692')).toMatchObject({
      value: 36692,
      reading: 'thousands',
      ambiguous: true,
      alternatives: [36.692],
      decidedBy: 'rule',
    });
    expect(parseVnNumber('9.100')).toMatchObject({ value: 9100, ambiguous: true, alternatives: [9.1] });
    expect(parseVnNumber('7.000')).toMatchObject({ value: 7000, ambiguous: true, alternatives: [7] });
    expect(parseVnNumber('36,692')).toMatchObject({ value: 36.692, ambiguous: true, alternatives: [36692] });
    expect(parseVnNumber('36.692')?.note).toContain('36,692');
  });

  it('lets the unit rule a reading out, and says so', () => {
    expect(parseVnNumber('18.200', { expect: 'percent' })).toMatchObject({
      value: 18.2,
      ambiguous: false,
      decidedBy: 'context',
    });
    expect(parseVnNumber('18.200', { expect: 'percent', allowOver100: true })?.ambiguous).toBe(true);
    expect(parseVnNumber('36,692', { expect: 'integer' })).toMatchObject({
      value: 36692,
      decidedBy: 'context',
    });
    expect(parseVnNumber('12,150', { expect: 'per-mille' })).toMatchObject({
      value: 12.15,
      decidedBy: 'context',
    });
    expect(parseVnNumber('12.150', { expect: 'per-mille' })).toMatchObject({
      value: 12.15,
      decidedBy: 'context',
    });
  });

  it('in an English-style document a comma with three digits groups thousands (still flagged)', () => {
    expect(parseVnNumber('36,692', { style: 'dot-decimal' })).toMatchObject({
      value: 36692,
      ambiguous: true,
      alternatives: [36.692],
    });
  });

  it('refuses text that is not a well-formed number', () => {
    for (const raw of ['', 'abc', '1.2.3', '12,34,5', '1.246.69', '36.692,5,1', '0012.345.678', '1,,2'])
      expect(parseVnNumber(raw), raw).toBeNull();
  });

  it('tolerates surrounding spaces', () => {
    expect(value(' 80 ')).toBe(80);
  });
});

describe('detectNumberStyle', () => {
  it('tells the document style from its unambiguous numbers', () => {
    expect(detectNumberStyle(['55,5', '1.246,695'])).toBe('comma-decimal');
    expect(detectNumberStyle(['18.2', '0.83'])).toBe('dot-decimal');
    expect(detectNumberStyle(['18.2', '55,5', '36.692'])).toBe('mixed');
    expect(detectNumberStyle(['36.692', '100'])).toBe('unknown');
  });
});
