/** Test helpers for document exports: ask for one, wait for the job, download the file. */
import type { Agent } from '../test/harness.ts';

export async function exportAndWait(
  agent: Agent,
  campaignId: number,
  body: { kind: string; format: string; params?: Record<string, string | number> },
) {
  const created = await agent.post(`/api/campaigns/${campaignId}/document-exports`, body);
  if (created.status !== 202) return { created, job: created.body, file: null };
  let job = created.body;
  const progress: number[] = [job.progress];
  for (let i = 0; i < 600 && (job.status === 'queued' || job.status === 'running'); i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = (await agent.get(`/api/document-exports/${job.id}`)).body;
    progress.push(job.progress);
  }
  const file = job.status === 'done' ? await agent.download(`/api/document-exports/${job.id}/file`) : null;
  return { created, job, file, progress };
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};
/** The text runs of a DOCX part, entities decoded, one per line. */
export function docxRuns(xml: string): string {
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] ?? '').replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e] ?? e))
    .join('\n')
    .normalize('NFC');
}
