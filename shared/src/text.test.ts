import { describe, expect, it } from 'vitest';
import { cleanText, matchesSearch, searchKey } from './text.ts';

describe('searchKey', () => {
  it('drops Vietnamese diacritics and đ, lower-cases, collapses spaces', () => {
    expect(searchKey('Phường  Đông Hải')).toBe('phuong dong hai');
    expect(searchKey('Tổ dân phố 7')).toBe('to dan pho 7');
    expect(searchKey('Ủy ban MTTQ Việt Nam')).toBe('uy ban mttq viet nam');
  });
  it('gives the same key for NFC and NFD input', () => {
    const nfd = 'Đông Hải'.normalize('NFD');
    expect(nfd).not.toBe('Đông Hải');
    expect(searchKey(nfd)).toBe(searchKey('Đông Hải'));
  });
});

describe('matchesSearch', () => {
  it('finds "Đông Hải" from "dong hai" and ignores word order', () => {
    expect(matchesSearch('Phường Đông Hải', 'dong hai')).toBe(true);
    expect(matchesSearch('Phường Đông Hải', 'hai PHUONG')).toBe(true);
    expect(matchesSearch('Phường Hải An', 'dong hai')).toBe(false);
  });
});

describe('cleanText', () => {
  it('normalises to NFC and trims inner whitespace', () => {
    const out = cleanText('  Tổ   dân\tphố 7 '.normalize('NFD'));
    expect(out).toBe('Tổ dân phố 7');
    expect(out).toBe(out.normalize('NFC'));
  });
});
