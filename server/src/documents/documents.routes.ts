import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { contentDisposition } from '../evidence/file-type.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { renderOfficialDocx } from './official.ts';
import { wardReportView } from './ward-report.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function documentRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/campaigns/:id/reports/ward.docx',
    {
      preHandler: requireSession,
      schema: {
        tags: ['documents'],
        summary: "The ward's report on the campaign (Báo cáo kết quả), DOCX in the Nghị định 30 layout",
        description:
          'Warnings about missing parts (number, signer) come back in the `x-thidua-warnings` header.',
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ periodId: z.string().max(40).optional() }),
      },
    },
    async (req, reply) => {
      const view = await wardReportView(deps, req.ctx, req.params.id, req.query.periodId);
      const { docx, warnings } = await renderOfficialDocx(view);
      return reply
        .type(DOCX)
        .header(
          'content-disposition',
          contentDisposition(`bao-cao-ket-qua-dot-thi-dua-${req.params.id}.docx`),
        )
        .header('x-thidua-warnings', encodeURIComponent(warnings.join(' | ')))
        .send(docx);
    },
  );
}
