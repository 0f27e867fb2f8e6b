/** POST /api/plan-imports through HTTP: upload, pasted text, session and CSRF, the size limit, error shape. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';
import { docx, encryptedPdf } from './test-documents.ts';

const PLAN_FILE = fileURLToPath(
  new URL('../../../docs/plans/ke-hoach-thi-dua-dong-hai-2025.txt', import.meta.url),
);

let env: TestEnv;
let office: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
});
afterAll(() => env.close());

/** Sends one file as multipart/form-data with the agent's session and CSRF token. */
function upload(agent: Agent | null, name: string, bytes: Buffer, csrf = true) {
  const boundary = '----thidua-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (agent?.cookie) headers.cookie = agent.cookie;
  if (agent?.csrf && csrf) headers['x-csrf-token'] = agent.csrf;
  return env.app.inject({ method: 'POST', url: '/api/plan-imports', headers, payload });
}

describe('POST /api/plan-imports', () => {
  it('turns an uploaded plan into a draft and saves nothing', async () => {
    const before = await env.sql('SELECT count(*)::int AS n FROM campaigns');
    const res = await upload(office, 'ke-hoach.txt', fs.readFileSync(PLAN_FILE));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.source).toMatchObject({ fileName: 'ke-hoach.txt', format: 'txt', encoding: 'utf-8' });
    expect(body.draft.indicators).toHaveLength(29);
    expect(body.draft.campaign.documentSymbol.value).toBe('KH-UBND');
    expect(await env.sql('SELECT count(*)::int AS n FROM campaigns')).toEqual(before);
  });

  it('accepts a .docx upload', async () => {
    const res = await upload(
      office,
      'kh.docx',
      docx('KẾ HOẠCH\nThi đua 2025\nI. CHỈ TIÊU\n- Tỷ lệ hộ nghèo: 1,2%'),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().draft.indicators[0].direction.value).toBe('at_most');
  });

  it('accepts pasted text as JSON', async () => {
    const text = fs.readFileSync(PLAN_FILE, 'utf8');
    const res = await office.post('/api/plan-imports', { text });
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({ format: 'text', fileName: null });
    expect(res.body.draft.indicators).toHaveLength(29);
  });

  it('refuses an empty text body with field paths', async () => {
    const res = await office.post('/api/plan-imports', { text: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details[0].path).toBe('body.text');
  });

  it('needs a session and the CSRF token', async () => {
    expect((await upload(null, 'kh.txt', Buffer.from('KẾ HOẠCH'))).statusCode).toBe(401);
    const res = await upload(office, 'kh.txt', Buffer.from('KẾ HOẠCH'), false);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('refuses a file over 20 MB with 413 PLAN_IMPORT_TOO_LARGE', async () => {
    const res = await upload(office, 'lon.txt', Buffer.alloc(20 * 1024 * 1024 + 1024, 0x61));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'PLAN_IMPORT_TOO_LARGE',
      message: expect.stringContaining('20 MB'),
    });
  });

  it('answers bad files with their code and a Vietnamese message', async () => {
    const cases: [string, Buffer, number, string][] = [
      ['trong.txt', Buffer.alloc(0), 400, 'PLAN_IMPORT_EMPTY'],
      ['thu.txt', Buffer.from('Chào anh, hẹn gặp lại vào tuần sau nhé.'), 422, 'PLAN_IMPORT_NOT_A_PLAN'],
      ['hong.docx', Buffer.from('PK\u0003\u0004 hỏng'), 422, 'PLAN_IMPORT_CORRUPT'],
      ['mat-khau.pdf', encryptedPdf(), 422, 'PLAN_IMPORT_ENCRYPTED'],
      ['anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 415, 'PLAN_IMPORT_UNSUPPORTED_TYPE'],
    ];
    for (const [name, bytes, status, code] of cases) {
      const res = await upload(office, name, bytes);
      expect(res.statusCode, name).toBe(status);
      expect(res.json().error.code, name).toBe(code);
      expect(res.json().error.message, name).toMatch(/\p{L}/u);
    }
  });

  it('a multipart request without a file is PLAN_IMPORT_NO_FILE', async () => {
    const boundary = 'b0';
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/plan-imports',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        cookie: office.cookie ?? '',
        'x-csrf-token': office.csrf ?? '',
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nxin chào\r\n--${boundary}--\r\n`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PLAN_IMPORT_NO_FILE');
  });

  it('is documented in the OpenAPI', async () => {
    const doc = (await office.get('/api/openapi.json')).body;
    expect(doc.paths['/api/plan-imports'].post.tags).toEqual(['plan-imports']);
  });
});
