import { ERRORS, type ErrorBody, type ErrorCode, type FieldIssue } from '@thidua/shared';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.ts';

function body(code: ErrorCode, details?: FieldIssue[], message?: string): ErrorBody {
  return {
    error: { code, message: message ?? ERRORS[code].message, ...(details?.length ? { details } : {}) },
  };
}

/** Fastify's own client errors, mapped to our codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_JSON',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UPLOAD_MALFORMED',
  FST_MULTIPART_INVALID_CONTENT_TYPE: 'UPLOAD_MALFORMED',
  FST_ERR_BAD_URL: 'BAD_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'BAD_URL',
};

/**
 * PostgreSQL errors caused by what the client sent, as a safety net behind the schemas: values out of range or
 * not representable (class 22) are the client's to fix; a row still referenced elsewhere cannot be removed (23503).
 * The transaction has rolled back, so nothing is half-written.
 */
function databaseError(err: unknown): ErrorCode | null {
  const code =
    (err as { code?: unknown; cause?: { code?: unknown } })?.code ??
    (err as { cause?: { code?: unknown } })?.cause?.code;
  if (typeof code !== 'string' || code.length !== 5) return null;
  if (code.startsWith('22')) return 'DATA_OUT_OF_RANGE';
  if (code === '23503') return 'REFERENCE_CONFLICT';
  return null;
}

/** Router errors (a bad %-escape, an over-long path segment), in our error shape instead of Fastify's. */
export function frameworkErrors(err: FastifyError, _req: unknown, reply: FastifyReply): void {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  reply.status(status).send({ error: { code: 'BAD_URL', message: ERRORS.BAD_URL.message } });
}

/**
 * One error shape for every failure: `{ error: { code, message, details? } }`. Validation errors carry
 * field paths (`body.code`); unknown errors become INTERNAL with no stack or SQL reaching the client.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.code === 'AUTH_RATE_LIMITED') {
        const wait = err.details?.find((d) => d.path === 'retryAfterSeconds')?.message;
        if (wait) reply.header('retry-after', wait);
        return reply.status(err.status).send(body(err.code));
      }
      return reply.status(err.status).send(body(err.code, err.details, err.message));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const part = err.validationContext ?? 'body';
      const details = err.validation.map((v) => ({
        path: [part, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      return reply.status(400).send(body('VALIDATION_FAILED', details));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return reply.status(ERRORS[mapped].status).send(body(mapped));
    const db = databaseError(err);
    if (db) {
      req.log.warn({ err: { code: err.code, message: err.message } }, 'database refused client data');
      return reply.status(ERRORS[db].status).send(body(db));
    }
    if (/multipart|boundary/i.test(err.message ?? '') && (err.statusCode ?? 500) >= 400)
      return reply.status(400).send(body('UPLOAD_MALFORMED'));
    if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message)))
      return reply.status(400).send(body('BAD_JSON'));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      req.log.info({ err: { code: err.code, message: err.message } }, 'client error');
      return reply.status(err.statusCode).send(body('VALIDATION_FAILED', [], err.message));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL'));
  });

  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send(body('ROUTE_NOT_FOUND', [{ path: 'url', message: `${req.method} ${req.url.split('?')[0]}` }])),
  );
}
