/** Signing in through the API from a test (no browser): a caller that sends the cookie, Origin and CSRF token. */
export type Call = (method: string, path: string, body?: unknown) => Promise<any>;

export interface Session {
  call: Call;
  userId: number;
  me: { assignments: { role: string; unitId: number; unitName: string }[] };
}

/** Signs `username` in on the server at `baseUrl`; every call throws on a non-2xx answer with its body. */
export async function apiSession(
  baseUrl: string,
  username: string,
  password = 'ThiDua@2025',
): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await res.json()) as Session['me'] & { csrfToken: string; user: { id: number } };
  const call: Call = async (method, path, body) => {
    const r = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        cookie,
        origin: baseUrl,
        'x-csrf-token': me.csrfToken,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  return { call, userId: me.user.id, me };
}
