import type { ErrorCode } from '@thidua/shared';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** Reads the one file of a multipart request (and the fields sent before it), within a size limit. */
export async function readUpload(req: FastifyRequest, noFile: ErrorCode, tooLarge: ErrorCode) {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const file = await req.file();
  if (!file) throw new AppError(noFile);
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(tooLarge);
    throw e;
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(file.fields)) {
    const f = Array.isArray(v) ? v[0] : v;
    if (f && 'value' in f && typeof f.value === 'string') fields[k] = f.value;
  }
  return { content, fileName: file.filename || '', fields };
}
