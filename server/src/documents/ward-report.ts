/**
 * The ward's report on the campaign to the city (Báo cáo kết quả Đợt thi đua), as a view-model for the official
 * renderer: the indicator table (target, result — "ước" where estimated — completion, assessment), results by unit,
 * rewards given and proposed with the shares to direct workers and small collectives, and advanced examples.
 * Numbers come from the same computations as the dashboards; nothing is retyped.
 */
import { formatPercent, PROGRESS_STATUS_LABELS, vnDate } from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import type { Deps } from '../deps.ts';
import { dashboardOfSnapshot, rankingOf } from '../evaluation/evaluation.service.ts';
import { loadSnapshot } from '../evaluation/snapshot.ts';
import { listDecisions } from '../rewards/decisions.service.ts';
import { listExamples } from '../rewards/examples.service.ts';
import { rewardStats } from '../rewards/stats.service.ts';
import { dmy, inText, numCell, placeOf } from './common.ts';
import type { Block, OfficialDoc } from './official.ts';

const share = (x: number | null) => (x === null ? 'chưa có' : formatPercent(x * 100));

export async function wardReportView(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  periodId?: string,
): Promise<{ doc: OfficialDoc; warnings: string[]; periodLabel: string }> {
  const s = await loadSnapshot(deps, ctx, campaignId, { periodId }, { values: 'both' });
  const d = dashboardOfSnapshot(s);
  const ranking = rankingOf(s, undefined);
  const stats = await rewardStats(deps, ctx, campaignId);
  const decisions = await listDecisions(deps, ctx, campaignId);
  const examples = await listExamples(deps, ctx, { campaignId });
  const c = s.c;
  const planRef = `Kế hoạch số ${c.documentNumber ?? '…'}/${c.documentSymbol}`;
  const estimated = d.indicators.some((i) => i.isEstimate);
  const warnings: string[] = [];
  const today = vnDate(deps.clock.now());
  if (d.reports.expected > 0 && (d.reports.byStatus.accepted ?? 0) === 0)
    warnings.push(
      `Chưa có báo cáo nào của ${d.period.label.toLowerCase()} được duyệt: bảng chỉ tiêu chưa có số liệu.`,
    );
  if (d.reports.missing > 0)
    warnings.push(
      `${d.reports.missing}/${d.reports.expected} đơn vị chưa nộp báo cáo ${d.period.label.toLowerCase()}.`,
    );
  if (c.reportDeadline && today > c.reportDeadline)
    warnings.push(`Hạn gửi báo cáo lên thành phố là ${dmy(c.reportDeadline)}; hôm nay đã quá hạn.`);
  const ahead = d.indicators.filter((i) => i.status === 'achieved' || i.status === 'on_track');
  const behind = d.indicators.filter((i) => i.status === 'off_track' || i.status === 'at_risk');
  const top = ranking.rows.filter((r) => r.rank !== null && r.rank <= 3).map((r) => r.unit.name);
  const awardedRows = decisions.items.flatMap((dec) =>
    dec.items.map((it) => ({ ...it, reference: dec.reference, signedOn: dec.signedOn, kind: dec.kind })),
  );
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${planRef} của Ủy ban nhân dân ${inText(c.issuingUnitName)} về ${c.title.replace(/^Phát động\s+/i, '').replace(/^./, (x) => x.toLowerCase())}, Ủy ban nhân dân ${inText(c.issuingUnitName)} báo cáo kết quả thực hiện đến ${d.period.label.toLowerCase()} như sau:`,
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
      title: 'Kết quả thực hiện các chỉ tiêu',
      header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu đợt', 'Thực hiện', 'Tỷ lệ hoàn thành', 'Đánh giá'],
      widths: [620, 2980, 900, 1150, 1300, 1150, 1255],
      align: ['center', 'left', 'center', 'right', 'right', 'right', 'center'],
      rows: d.indicators.map((i, n) => {
        const pct = i.unitOfMeasure === '%';
        return [
          i.parentId ? `${n + 1}*` : String(n + 1),
          `${i.code}. ${i.name}`,
          i.unitOfMeasure,
          numCell(i.target, { percent: pct }),
          i.value === null
            ? 'Không có dữ liệu'
            : numCell(i.value, { percent: pct, suffix: i.isEstimate ? ' (ước)' : '' }),
          numCell(i.completion === null ? null : i.completion * 100, { percent: true }),
          PROGRESS_STATUS_LABELS[i.status].vi,
        ];
      }),
    },
    {
      kind: 'narrative',
      key: 'highlights',
      label: 'Kết quả nổi bật',
      text: `${ahead.length}/${d.indicators.length} chỉ tiêu đạt hoặc đúng tiến độ${
        ahead.length ? ` (${ahead.map((i) => i.code).join(', ')})` : ''
      }.${top.length ? ` Các đơn vị dẫn đầu: ${top.join(', ')}.` : ''}`,
    },
    { kind: 'heading', text: 'II. KẾT QUẢ THEO ĐƠN VỊ' },
    {
      kind: 'table',
      title: 'Kết quả theo đơn vị',
      header: ['Hạng', 'Đơn vị', 'Tổng điểm', 'Xếp loại'],
      widths: [800, 4300, 1900, 2355],
      align: ['center', 'left', 'right', 'center'],
      rows: ranking.rows.map((r) => [
        r.rank === null ? '—' : String(r.rank),
        r.unit.name,
        r.total === null ? 'Chưa đủ dữ liệu' : numCell(r.total),
        r.band?.label ?? '—',
      ]),
    },
    { kind: 'heading', text: 'III. CÔNG TÁC KHEN THƯỞNG' },
    {
      kind: 'paragraph',
      text: `Tổng số hồ sơ đề nghị: ${stats.nominations}; đã khen thưởng: ${stats.awarded} (${stats.individualsAwarded} cá nhân, ${stats.collectivesAwarded} tập thể); không được đề nghị: ${stats.rejected}. Tỷ lệ khen thưởng cá nhân trực tiếp lao động, công tác: ${share(stats.directWorkerShare)}; tập thể nhỏ: ${share(stats.smallCollectiveShare)}.`,
    },
    ...(awardedRows.length
      ? [
          {
            kind: 'table',
            title: 'Khen thưởng đã quyết định và đề nghị',
            header: ['STT', 'Cá nhân, tập thể', 'Đơn vị', 'Hình thức', 'Văn bản'],
            widths: [500, 2700, 2200, 2300, 1655],
            align: ['center', 'left', 'left', 'left', 'center'],
            rows: awardedRows.map((it, n) => [
              String(n + 1),
              it.name,
              it.unitName,
              it.awardName,
              `${it.kind === 'decision' ? 'QĐ' : 'Tờ trình'} ${it.reference} ngày ${dmy(it.signedOn)}`,
            ]),
          } as Block,
        ]
      : [
          {
            kind: 'paragraph',
            text: 'Chưa có quyết định hoặc tờ trình khen thưởng trong đợt.',
            italic: true,
          } as Block,
        ]),
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
    { kind: 'heading', text: 'V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' },
    {
      kind: 'narrative',
      key: 'limitations',
      label: 'Tồn tại, hạn chế và nguyên nhân',
      text: behind.length
        ? `Còn ${behind.length} chỉ tiêu chậm so với tiến độ: ${behind.map((i) => `${i.code} (${i.name})`).join('; ')}.`
        : 'Không có chỉ tiêu chậm tiến độ.',
    },
    { kind: 'heading', text: 'VI. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ ĐỀ XUẤT, KIẾN NGHỊ' },
    {
      kind: 'narrative',
      key: 'direction',
      label: 'Phương hướng, nhiệm vụ và kiến nghị',
      text: 'Tiếp tục đôn đốc các đơn vị hoàn thành các chỉ tiêu còn lại của đợt thi đua; kịp thời phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến.',
    },
  ];
  const doc: OfficialDoc = {
    issuer: `Ủy ban nhân dân ${inText(c.issuingUnitName)}`,
    number: null,
    symbol: 'BC-UBND',
    place: placeOf(c),
    date: today,
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
      name: c.signer?.name || null,
    },
  };
  return { doc, warnings, periodLabel: d.period.label };
}
