import { PASSWORD_MIN_LENGTH } from '@thidua/shared';

const LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

function pick(chars: string, n: number): string {
  const bytes = new Uint32Array(n);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
}

/** A random initial password that meets the policy (letters and digits, no look-alike characters). */
export function generatePassword(length = Math.max(12, PASSWORD_MIN_LENGTH + 2)): string {
  const body = pick(LETTERS + DIGITS, length - 2) + pick(LETTERS, 1) + pick(DIGITS, 1);
  const chars = body.split('');
  const order = new Uint32Array(chars.length);
  crypto.getRandomValues(order);
  return chars
    .map((c, i) => ({ c, k: order[i] ?? 0 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.c)
    .join('');
}
