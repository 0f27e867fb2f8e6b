/**
 * Builders of small real documents for the reader tests and the fixture corpus: a .docx (a stored ZIP with
 * word/document.xml), a PDF with a text layer (a simple font with a ToUnicode map, so Vietnamese letters
 * extract exactly), an encrypted PDF, a PDF without text (a scan), and Windows-1258 bytes.
 */
import iconv from 'iconv-lite';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = (CRC_TABLE[(c ^ x) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with stored (uncompressed) entries. */
export function zip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const fname = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fname.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fname.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fname, data);
    centrals.push(central, fname);
    offset += local.length + fname.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document with one paragraph per line of `text`. */
export function docx(text: string): Buffer {
  const paras = text
    .split('\n')
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${xml(l)}</w:t></w:r></w:p>`)
    .join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras}</w:body></w:document>`,
  });
}

/** Assembles PDF objects (given as bodies, numbered from 1) with a correct cross-reference table. */
function pdfFile(objects: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let len = parts[0]?.length ?? 0;
  objects.forEach((body, k) => {
    offsets.push(len);
    const b = Buffer.concat([
      Buffer.from(`${k + 1} 0 obj\n`, 'latin1'),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(b);
    len += b.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${len}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

const stream = (content: string) =>
  `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/**
 * A one-page PDF whose text layer holds `text` (one PDF line per text line). Each distinct character gets a
 * one-byte code; the font's ToUnicode map gives it back, so pdf.js extracts Vietnamese exactly.
 */
export function pdfWithText(text: string, trailerExtra = '', extraObjects: string[] = []): Buffer {
  const lines = text.split('\n');
  const chars = [...new Set([...text.replace(/\n/g, '')])];
  // pdf.js drops codes 0x7F–0xA0 of a simple font (control range), so use 0x21–0x7E and 0xA1–0xFF.
  const codes = [
    ...Array.from({ length: 94 }, (_, k) => 0x21 + k),
    ...Array.from({ length: 95 }, (_, k) => 0xa1 + k),
  ];
  if (chars.length > codes.length) throw new Error('too many distinct characters for a one-byte font');
  const code = new Map(chars.map((c, k) => [c, codes[k] as number]));
  const hex = (s: string) =>
    [...s].map((c) => (code.get(c) as number).toString(16).padStart(2, '0')).join('');
  const content = [
    'BT',
    '/F1 10 Tf',
    '12 TL',
    '40 800 Td',
    ...lines.map((l) => `<${hex(l)}> Tj T*`),
    'ET',
  ].join('\n');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /ThiDua def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map(
      (c) =>
        `<${(code.get(c) as number).toString(16).padStart(2, '0')}> <${[...Buffer.from(c, 'utf16le')].reduce((s, b, i, a) => (i % 2 ? s : s + ((a[i + 1] ?? 0) * 256 + b).toString(16).padStart(4, '0')), '')}>`,
    ),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  return pdfFile(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 33 /LastChar 255 /Widths [' +
        ' 500'.repeat(223) +
        '] /ToUnicode 6 0 R >>',
      stream(content),
      stream(cmap),
      ...extraObjects,
    ],
    trailerExtra,
  );
}

/** A PDF that asks for a password (standard security handler; the stored hashes match no password). */
export function encryptedPdf(): Buffer {
  const h = '0'.repeat(64);
  return pdfWithText('KẾ HOẠCH bí mật', `/Encrypt 7 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] `, [
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${h}> /U <${'1f'.repeat(32)}> >>`,
  ]);
}

/** A page with only a drawing and no text: what a scanner produces, minus the image. */
export function scannedPdf(): Buffer {
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('0.5 g 50 50 495 742 re f'),
  ]);
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Windows-1258 bytes of Vietnamese text: letters precomposed up to the vowel mark, tone marks combining. */
export function cp1258(text: string): Buffer {
  const staged = [...text.normalize('NFC')]
    .map((c) => {
      const d = c.normalize('NFD');
      const tones = d.match(TONES)?.join('') ?? '';
      return d.replace(TONES, '').normalize('NFC') + tones;
    })
    .join('');
  const bytes = iconv.encode(staged, 'windows1258');
  if (iconv.decode(bytes, 'windows1258').normalize('NFC') !== text.normalize('NFC'))
    throw new Error('text has characters Windows-1258 cannot encode');
  return bytes;
}
