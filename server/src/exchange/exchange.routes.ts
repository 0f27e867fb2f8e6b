import {
  DataValueImportBody,
  DataValueImportQuery,
  DataValueImportResult,
  DataValueQuery,
  DataValueSet,
  EXCHANGE_MAX_BYTES,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { contentDisposition } from '../evidence/file-type.ts';
import { AppError } from '../http/errors.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { decodeCsv } from './csv.ts';
import { dataValuesCsv, exportDataValues } from './exchange.service.ts';
import { importDataValues } from './exchange-import.ts';

const Params = z.object({ id: z.coerce.number().int().positive() });
const tags = ['exchange'];

const FORMAT_NOTE =
  'Units by their stable code (org_units.code, e.g. HP.DONGHAI.TDP07), indicators by their code in the campaign (CT01, CT17A), periods by id (2025-10). CSV columns: period, unit, unit_name, indicator, indicator_name, value, numerator, denominator, is_estimate, comment, status — UTF-8 with BOM, comma-separated, dot decimals without grouping. A ratio travels as numerator and denominator; its value is computed by the server.';

export function exchangeRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };

  app.get(
    '/api/campaigns/:id/data-values',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Export the stored report values of a campaign, per period and unit (JSON or CSV)',
        description: `${FORMAT_NOTE} Unit people get their own units' values, campaign readers every unit's. format=csv answers text/csv as a file. Errors: REPORT_PERIOD_UNKNOWN (400), NOT_FOUND (unknown unitCode).`,
        params: Params,
        querystring: DataValueQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: DataValueSet },
      },
    },
    async (req, reply) => {
      const set = await exportDataValues(deps, req.ctx, req.params.id, req.query);
      if (req.query.format === 'json') return set;
      const f = dataValuesCsv(set);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(f.fileName))
        .send(f.content as never); // bytes go out as they are (the JSON schema describes format=json)
    },
  );

  // The import, in its own scope: it alone reads text/csv bodies, up to EXCHANGE_MAX_BYTES (JSON too).
  app.register(async (scope: App) => {
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'buffer', bodyLimit: EXCHANGE_MAX_BYTES },
      (_req, body, done) => {
        try {
          done(null, decodeCsv(body as Buffer));
        } catch (e) {
          done(e as Error, undefined);
        }
      },
    );
    scope.post(
      '/api/campaigns/:id/data-values',
      {
        ...opts,
        bodyLimit: EXCHANGE_MAX_BYTES,
        schema: {
          tags,
          summary: 'Import report values from JSON (application/json) or CSV (text/csv), all or nothing',
          description: `${FORMAT_NOTE} JSON: { dataValues: [{ period, unit, indicator, value, numerator, denominator, isEstimate, comment }] } (an export is accepted as is; a key left out keeps the stored value, null clears it). CSV: a header row naming the columns (period, unit, indicator required; unit_name, indicator_name, status ignored), "," or ";" separated, with or without BOM; a missing column keeps the stored values, an empty cell clears; "1,5" and "1.5" read as 1.5 but "1.234" / "1,234" (thousands or decimals?) are refused. Rows are grouped by (unit, period); a report not opened yet is opened. Every row passes the checks of a form save; the caller must be allowed to edit every unit named (403 FORBIDDEN lists the rows otherwise). Any bad row → nothing saved, 400 EXCHANGE_ROWS_INVALID with details[].path = rows.<row>.<field> (row = CSV line, header = 1; JSON: position from 1). dryRun=true checks everything and answers what would change (errors listed, 200), saving nothing. Rows equal to what is stored change nothing (also on submitted or accepted reports), so re-importing an export changes 0 values. Other errors: EXCHANGE_CSV_MALFORMED, EXCHANGE_EMPTY (400), EXCHANGE_TOO_MANY_ROWS, BODY_TOO_LARGE (413), CAMPAIGN_NOT_LAUNCHED / CAMPAIGN_CLOSED / CONFLICT_STALE / PERIOD_LOCKED_UPWARD (409).`,
          consumes: ['application/json', 'text/csv'],
          params: Params,
          querystring: DataValueImportQuery,
          body: DataValueImportBody,
          response: { 200: DataValueImportResult },
        },
      },
      async (req) => {
        const csv = /^text\/csv\b/i.test(req.headers['content-type'] ?? '');
        if (typeof req.body === 'string' && !csv)
          throw new AppError('VALIDATION_FAILED', [
            {
              path: 'body',
              message: 'Gửi một đối tượng JSON có dataValues, hoặc tệp CSV với Content-Type text/csv',
            },
          ]);
        return importDataValues(deps, req.ctx, req.params.id, req.body, req.query.dryRun);
      },
    );
  });
}
