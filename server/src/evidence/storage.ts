/**
 * Where file content lives, for report evidence and nomination dossiers alike. Content is addressed by its
 * SHA-256: on disk under `<THIDUA_DATA_DIR>/evidence/ab/abcdef…` (written to a temporary file, flushed, then
 * renamed, so a crash never leaves half a file under a real name) or in the row itself
 * (`THIDUA_EVIDENCE_STORAGE=db`). Every read re-checks the checksum.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';

const blobPath = (deps: Deps, sha: string) =>
  path.join(deps.config.dataDir, 'evidence', sha.slice(0, 2), sha);

async function writeBlob(deps: Deps, sha: string, content: Buffer): Promise<void> {
  const file = blobPath(deps, sha);
  try {
    await fs.access(file);
    return; // same content already stored
  } catch {}
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const h = await fs.open(tmp, 'w');
  try {
    await h.writeFile(content);
    await h.sync();
  } finally {
    await h.close();
  }
  await fs.rename(tmp, file);
}

/** Stores content (on disk before the row is written); returns what the row keeps. */
export async function storeContent(deps: Deps, content: Buffer) {
  const sha = createHash('sha256').update(content).digest('hex');
  const storage = deps.config.evidenceStorage;
  if (storage === 'disk') await writeBlob(deps, sha, content);
  return { sha, storage, rowContent: storage === 'db' ? content : null };
}

/** Reads stored content back and verifies it against its checksum (EVIDENCE_CORRUPT when it differs). */
export async function readContent(
  deps: Deps,
  row: { storage: string; sha256: string },
  fromRow: () => Promise<Buffer | null>,
): Promise<Buffer> {
  const content =
    row.storage === 'db' ? await fromRow() : await fs.readFile(blobPath(deps, row.sha256)).catch(() => null);
  if (!content || createHash('sha256').update(content).digest('hex') !== row.sha256)
    throw new AppError('EVIDENCE_CORRUPT');
  return content;
}
