import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';
import { contentDisposition, evidenceType, safeFileName } from './file-type.ts';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF\n');
const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const DOCX = Buffer.concat([
  Buffer.from('PK\u0003\u0004'),
  Buffer.from('....[Content_Types].xml....word/document.xml'),
]);
const XLSX = Buffer.concat([
  Buffer.from('PK\u0003\u0004'),
  Buffer.from('....[Content_Types].xml....xl/workbook.xml'),
]);

describe('evidence file types', () => {
  it('accepts content that matches its extension', () => {
    expect(evidenceType('a.pdf', PDF)?.mime).toBe('application/pdf');
    expect(evidenceType('ảnh.JPG', JPG)?.mime).toBe('image/jpeg');
    expect(evidenceType('bien-ban.docx', DOCX)?.ext).toBe('docx');
    expect(evidenceType('so-lieu.xlsx', XLSX)?.ext).toBe('xlsx');
  });
  it('refuses forged, unknown and extension-less files', () => {
    expect(evidenceType('a.docx', XLSX)).toBeNull(); // a spreadsheet renamed .docx
    expect(evidenceType('a.pdf', JPG)).toBeNull();
    expect(evidenceType('a.exe', Buffer.from('MZ\u0090\u0000\u0003\u0000\u0000\u0000'))).toBeNull();
    expect(evidenceType('a.html', Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(evidenceType('pdf', PDF)).toBeNull();
    expect(evidenceType('a.pdf', Buffer.from('%PDF'))).toBeNull(); // too short to be a PDF
  });
  it('strips directories and control characters from names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\Biên bản.pdf')).toBe('Biên bản.pdf');
    expect(safeFileName('a\u0000b\u0007.pdf')).toBe('ab.pdf');
    expect(safeFileName('...hidden.pdf')).toBe('hidden.pdf');
    const long = `${'Đ'.repeat(300)}.pdf`;
    expect(safeFileName(long)).toHaveLength(200);
    expect(safeFileName(long).endsWith('.pdf')).toBe(true);
    // Vietnamese typed as NFD comes out NFC.
    expect(safeFileName('Bie\u0302\u0301n.pdf')).toBe('Biến.pdf');
  });
  it('builds a download header with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Biên bản "họp".pdf')).toBe(
      `attachment; filename="Bien ban _hop_.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%22h%E1%BB%8Dp%22.pdf`,
    );
  });
});

describe('evidence storage', () => {
  let env: TestEnv;
  let reporter: Agent;
  let reportId: number;
  let dataDir: string;

  beforeAll(async () => {
    env = await createTestEnv();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-evidence-'));
    env.deps.config.dataDir = dataDir;
    reporter = await env.as('reporter');
    const office = await env.as('office');
    const list = await office.get('/api/campaigns?status=launched');
    const campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
    const unitId = (await env.unit('HP.DONGHAI.TDP07')).id;
    reportId = (await reporter.post('/api/reports', { campaignId, unitId, periodId: '2025-09' })).body.id;
  });
  afterAll(async () => {
    await env.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('writes files to the data directory by checksum and notices when one is damaged', async () => {
    const up = await reporter.upload(`/api/reports/${reportId}/evidence`, { name: 'a.pdf', content: PDF });
    expect(up.status).toBe(201);
    const file = path.join(dataDir, 'evidence', up.body.sha256.slice(0, 2), up.body.sha256);
    expect((await fs.readFile(file)).equals(PDF)).toBe(true);
    await fs.writeFile(file, Buffer.from('%PDF-1.7 tampered'));
    const dl = await reporter.download(`/api/evidence/${up.body.id}`);
    expect(dl.status).toBe(500);
    expect(JSON.parse(dl.body.toString()).error.code).toBe('EVIDENCE_CORRUPT');
  });

  it('keeps files inside the database when configured so', async () => {
    env.deps.config.evidenceStorage = 'db';
    const up = await reporter.upload(`/api/reports/${reportId}/evidence`, {
      name: 'Ảnh hiện trường.jpg',
      content: JPG,
    });
    expect(up.status).toBe(201);
    const row = (
      await env.sql('SELECT storage, length(content) AS n FROM evidence_files WHERE id = $1', [up.body.id])
    )[0];
    expect(row).toMatchObject({ storage: 'db', n: JPG.length });
    const dl = await reporter.download(`/api/evidence/${up.body.id}`);
    expect(dl.status).toBe(200);
    expect(dl.body.equals(JPG)).toBe(true);
    expect(dl.headers['content-type']).toBe('image/jpeg');
  });

  it('refuses an empty upload, a missing file and a file above 20 MB', async () => {
    const empty = await reporter.upload(`/api/reports/${reportId}/evidence`, {
      name: 'a.pdf',
      content: Buffer.alloc(0),
    });
    expect(empty.status).toBe(415);
    const big = Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)]);
    const large = await reporter.upload(`/api/reports/${reportId}/evidence`, {
      name: 'big.pdf',
      content: big,
    });
    expect(large.status).toBe(413);
    expect(large.body.error.code).toBe('EVIDENCE_TOO_LARGE');
    const json = await reporter.post(`/api/reports/${reportId}/evidence`, {});
    expect(json.status).toBe(415);
    const deleted = await reporter.delete(`/api/evidence/424242`);
    expect(deleted.status).toBe(404);
  });
});
