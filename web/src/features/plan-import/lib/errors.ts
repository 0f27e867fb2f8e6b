/** Server errors of POST /api/campaigns/import and the target rules, keyed like the review's fields. */
import { type IndicatorValues, targetProblems } from '@thidua/shared';
import { ApiError } from '../../../lib/api.ts';

/** "body.indicators.5.targetValue" → "indicators.5.targetValue"; "body.campaign.signer.name" → "campaign.signer". */
export function errorKey(path: string): string | null {
  const p = path.replace(/^body\./, '');
  if (p.startsWith('campaign.signer'))
    return p === 'campaign.signer.authority' || p === 'campaign.signer.title' ? p : 'campaign.signer';
  const m = /^(indicators\.\d+\.[A-Za-z]+|campaign\.[A-Za-z]+)/.exec(p);
  return m?.[1] ?? null;
}

/** The field errors of a failed import, and whatever could not be placed on a field. */
export function serverErrors(e: unknown): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  if (!(e instanceof ApiError)) return { fields, rest: [e instanceof Error ? e.message : String(e)] };
  for (const d of e.details) {
    const k = errorKey(d.path);
    if (k) fields[k] = fields[k] ? `${fields[k]} ${d.message}` : d.message;
    else rest.push(d.message);
  }
  if (Object.keys(fields).length === 0) rest.unshift(e.message);
  return { fields, rest };
}

/** What the target rules (the same the server runs) say about each indicator, before anything is sent. */
export function ruleErrors(rows: IndicatorValues[]): Record<string, string> {
  const out: Record<string, string> = {};
  rows.forEach((r, n) => {
    for (const p of targetProblems({ ...r, factor: r.factor ?? null, allowOver100: r.allowOver100 ?? false }))
      out[`indicators.${n}.${p.path}`] ??= p.message;
    if (!r.code.trim()) out[`indicators.${n}.code`] = 'Nhập mã chỉ tiêu';
    if (!r.name.trim()) out[`indicators.${n}.name`] = 'Nhập tên chỉ tiêu';
  });
  return out;
}
