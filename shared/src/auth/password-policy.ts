/**
 * Password policy: at least 10 characters, at least one letter and one digit, not the username,
 * not a well-known weak password. Returns the list of problems in Vietnamese (empty = acceptable).
 */
const COMMON = new Set([
  'password',
  'password1',
  '1234567890',
  '12345678910',
  'matkhau123',
  'qwertyuiop',
  '123456789a',
  'abc1234567',
  'thidua2025',
]);

export const PASSWORD_MIN_LENGTH = 10;

export function passwordProblems(password: string, username?: string): string[] {
  const out: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) out.push(`Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự`);
  if (!/\p{L}/u.test(password)) out.push('Mật khẩu cần có ít nhất một chữ cái');
  if (!/\p{N}/u.test(password)) out.push('Mật khẩu cần có ít nhất một chữ số');
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    out.push('Mật khẩu không được chứa tên đăng nhập');
  if (COMMON.has(password.toLowerCase())) out.push('Mật khẩu quá phổ biến, dễ đoán');
  return out;
}
