import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.ts';

describe('passwordProblems', () => {
  it('accepts a long password with letters and digits', () => {
    expect(passwordProblems('Đông-Hải-2025!', 'office')).toEqual([]);
  });
  it('names each problem', () => {
    expect(passwordProblems('abc')).toEqual(
      expect.arrayContaining([expect.stringContaining('10 ký tự'), expect.stringContaining('chữ số')]),
    );
    expect(passwordProblems('12345678901')).toEqual([expect.stringContaining('chữ cái')]);
  });
  it('refuses passwords containing the username, any case', () => {
    expect(passwordProblems('Reporter2025x', 'reporter')).toEqual([expect.stringContaining('tên đăng nhập')]);
  });
  it('refuses well-known passwords', () => {
    expect(passwordProblems('Password1', undefined).length).toBeGreaterThan(0);
    expect(passwordProblems('thidua2025')).toEqual([expect.stringContaining('phổ biến')]);
  });
});
