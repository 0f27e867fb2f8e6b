/**
 * The ward's report on the campaign to the city (Báo cáo kết quả Đợt thi đua), as a view-model for the official
 * renderer: the indicator table (target, result — "ước" where estimated — completion, assessment), results by unit,
 * rewards given and proposed with the shares to direct workers and small collectives, and advanced examples.
 * Numbers come from the same computations as the dashboards; nothing is retyped.
 */
import { formatNumber, formatPercent, PROGRESS_STATUS_LABELS, vnDate } from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import type { Deps } from '../deps.ts';
import { dashboardOfSnapshot, rankingOf } from '../evaluation/evaluation.service.ts';
import { loadSnapshot } from '../evaluation/snapshot.ts';
import { listDecisions } from '../rewards/decisions.service.ts';
import { listExamples } from '../rewards/examples.service.ts';
import { rewardStats } from '../rewards/stats.service.ts';
import type { Block, OfficialDoc } from './official.ts';

const num = (x: number | null, unit = '') =>
  x === null ? 'Không có dữ liệu' : `${formatNumber(x, unit === '%' ? 2 : 2)}${unit === '%' ? ' %' : ''}`;
const share = (x: number | null) => (x === null ? '—' : formatPercent(x * 100));

export async function wardReportView(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  periodId?: string,
): Promise<OfficialDoc> {
  const s = await loadSnapshot(deps, ctx, campaignId, { periodId }, { values: 'both' });
  const d = dashboardOfSnapshot(s);
  const ranking = rankingOf(s, undefined);
  const stats = await rewardStats(deps, ctx, campaignId);
  const decisions = await listDecisions(deps, ctx, campaignId);
  const examples = await listExamples(deps, ctx, { campaignId });
  const c = s.c;
  const planRef = `Kế hoạch số ${c.documentNumber ?? '…'}/${c.documentSymbol}`;
  const estimated = d.indicators.some((i) => i.isEstimate);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${planRef} của Ủy ban nhân dân ${c.issuingUnitName} về ${c.title.replace(/^Phát động\s+/i, '').replace(/^./, (x) => x.toLowerCase())}, Ủy ban nhân dân ${c.issuingUnitName} báo cáo kết quả thực hiện đến ${d.period.label.toLowerCase()} như sau:`,
    },
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA' },
    {
      kind: 'paragraph',
      text: `Số đơn vị phải báo cáo: ${d.reports.expected}; đã được duyệt: ${d.reports.byStatus.accepted ?? 0}; đúng hạn: ${d.reports.onTime}; trễ hạn: ${d.reports.late}; chưa nộp: ${d.reports.missing}.${
        estimated ? ' Số liệu có ghi "ước" là số ước thực hiện.' : ''
      }`,
    },
    {
      kind: 'table',
      header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu đợt', 'Thực hiện', 'Tỷ lệ hoàn thành', 'Đánh giá'],
      widths: [500, 3100, 900, 1150, 1300, 1150, 1255],
      rows: d.indicators.map((i, n) => [
        i.parentId ? `${n + 1}*` : String(n + 1),
        `${i.code}. ${i.name}`,
        i.unitOfMeasure,
        i.target === null ? '—' : num(i.target, i.unitOfMeasure),
        i.value === null
          ? 'Không có dữ liệu'
          : `${num(i.value, i.unitOfMeasure)}${i.isEstimate ? ' (ước)' : ''}`,
        i.completion === null ? '—' : formatPercent(i.completion * 100),
        PROGRESS_STATUS_LABELS[i.status].vi,
      ]),
    },
    { kind: 'heading', text: 'II. KẾT QUẢ THEO ĐƠN VỊ' },
    {
      kind: 'table',
      header: ['Hạng', 'Đơn vị', 'Tổng điểm', 'Xếp loại'],
      widths: [800, 4700, 1400, 2455],
      rows: ranking.rows.map((r) => [
        r.rank === null ? '—' : String(r.rank),
        r.unit.name,
        r.total === null ? 'Chưa đủ dữ liệu' : formatNumber(r.total, 2),
        r.band?.label ?? '—',
      ]),
    },
    { kind: 'heading', text: 'III. CÔNG TÁC KHEN THƯỞNG' },
    {
      kind: 'paragraph',
      text: `Tổng số hồ sơ đề nghị: ${stats.nominations}; đã khen thưởng: ${stats.awarded} (${stats.individualsAwarded} cá nhân, ${stats.collectivesAwarded} tập thể); không được đề nghị: ${stats.rejected}. Tỷ lệ khen thưởng cá nhân trực tiếp lao động, công tác: ${share(stats.directWorkerShare)}; tập thể nhỏ: ${share(stats.smallCollectiveShare)}.`,
    },
    ...decisions.items.map(
      (dec): Block => ({
        kind: 'paragraph',
        text: `${dec.kind === 'decision' ? 'Quyết định' : 'Tờ trình'} số ${dec.reference} ngày ${dec.signedOn.split('-').reverse().join('/')}: ${dec.items
          .map((it) => `${it.name} (${it.awardName})`)
          .join('; ')}.`,
      }),
    ),
    { kind: 'heading', text: 'IV. ĐIỂN HÌNH TIÊN TIẾN, MÔ HÌNH MỚI, CÁCH LÀM HAY' },
    ...(examples.items.length
      ? examples.items.map(
          (e): Block => ({
            kind: 'paragraph',
            text: `${e.title} (${e.unitName}, lĩnh vực ${e.field.toLowerCase()}): ${e.description}${
              e.replicatedUnits.length
                ? ` Đã được nhân rộng tại: ${e.replicatedUnits.map((u) => u.name).join(', ')}.`
                : ''
            }`,
          }),
        )
      : [{ kind: 'paragraph', text: 'Chưa có điển hình được ghi nhận trong đợt.', italic: true } as Block]),
  ];
  return {
    issuer: `Ủy ban nhân dân ${c.issuingUnitName}`,
    number: null,
    symbol: 'BC-UBND',
    place: c.place || c.issuingUnitName.replace(/^Phường\s+/i, ''),
    date: vnDate(deps.clock.now()),
    type: 'Báo cáo',
    subject: `Kết quả thực hiện ${planRef} đến ${d.period.label.toLowerCase()}`,
    blocks,
    recipients: [
      'UBND thành phố (để b/c)',
      'Ban Thi đua – Khen thưởng thành phố',
      'Thường trực Đảng ủy, HĐND phường',
    ],
    signer: {
      authority: c.signer?.authority ?? 'TM. Ủy ban nhân dân',
      title: c.signer?.title ?? 'Chủ tịch',
      name: c.signer?.name ?? null,
    },
  };
}
