import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../db/migrate.ts';
import { createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({
    configure: (app) =>
      app.get('/api/test-boom', async () => {
        throw new Error('relation "secret_table" does not exist');
      }),
  });
});
afterAll(() => env.close());

describe('HTTP contract', () => {
  it('reports health with the database kind and migration version', async () => {
    const r = await env.anon().get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      migration: loadMigrations().length,
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const r = await env.anon().get('/api/no-such-thing');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('answers malformed JSON with 400 BAD_JSON and no parser internals', async () => {
    const a = await env.as('office');
    const r = await a.request('POST', '/api/org-units', '{"parentId": 2, "code": ', {
      'content-type': 'application/json',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('BAD_JSON');
    expect(JSON.stringify(r.body)).not.toMatch(/at |SyntaxError|node_modules/);
  });

  it('refuses an oversize body with 413 and creates nothing', async () => {
    const a = await env.as('office');
    const ward = await env.unit('HP.DONGHAI');
    const r = await a.post('/api/org-units', {
      parentId: ward.id,
      code: 'BIG',
      name: 'x'.repeat(2_000_000),
      kind: 'department',
    });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('BODY_TOO_LARGE');
    expect(await env.sql("SELECT 1 FROM org_units WHERE code = 'BIG'")).toEqual([]);
  });

  it('refuses text containing NUL with the field path', async () => {
    const a = await env.as('office');
    const ward = await env.unit('HP.DONGHAI');
    const r = await a.post('/api/org-units', {
      parentId: ward.id,
      code: 'NUL1',
      name: 'Tổ\u0000',
      kind: 'department',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('body.name');
  });

  it('refuses a non-JSON content type with 415', async () => {
    const a = await env.as('office');
    const r = await a.request('POST', '/api/org-units', 'code=X', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(r.status).toBe(415);
    expect(r.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects unknown fields on updates instead of ignoring them', async () => {
    const a = await env.as('office');
    const u = await env.unit('HP.DONGHAI.TDP05');
    const r = await a.patch(`/api/org-units/${u.id}`, { version: u.version, parentId: 1 });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('hides internal errors: 500 INTERNAL without stack or SQL', async () => {
    const r = await env.anon().get('/api/test-boom');
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(r.body)).not.toMatch(/secret_table|at /);
  });

  it('serves an OpenAPI 3.1 document covering the routes, and the docs page', async () => {
    const spec = await env.anon().get('/api/openapi.json');
    expect(spec.body.openapi).toBe('3.1.0');
    for (const p of [
      '/api/auth/login',
      '/api/org-units',
      '/api/org-units/{id}/move',
      '/api/users',
      '/api/audit',
      '/api/audit/verify',
      '/api/health',
    ])
      expect(Object.keys(spec.body.paths)).toContain(p);
    expect(
      spec.body.paths['/api/org-units'].post.requestBody.content['application/json'].schema.properties.kind
        .enum,
    ).toContain('residential_group');
    const docs = await env.anon().get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toMatch(/swagger/i);
  });

  it('sends security headers and never caches API answers', async () => {
    const r = await env.anon().get('/api/health');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.headers['cache-control']).toBe('no-store');
  });
});
