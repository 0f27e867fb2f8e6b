/**
 * The campaign plan (Kế hoạch) regenerated from the campaign record: legal bases, purpose and requirements, content,
 * general goal, the indicator table, the tasks, the time frame, rewards and organisation, in the order of the
 * Đông Hải plan. Everything comes from the record; the text is edited on the campaign page, not here.
 */
import type { Campaign, DocBlock, OfficialDocOut } from '@thidua/shared';
import { dmy, inText, paragraphs, placeOf, targetText } from './common.ts';

export function planView(c: Campaign): { doc: OfficialDocOut; warnings: string[] } {
  const warnings: string[] = [];
  const section = (heading: string, body: DocBlock[]): DocBlock[] => [
    { kind: 'heading', text: heading },
    ...body,
  ];
  const indicators = [...c.indicators].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  if (!indicators.length) warnings.push('Kế hoạch chưa có chỉ tiêu nào: bảng chỉ tiêu để trống.');
  if (!c.purpose.trim()) warnings.push('Chưa nhập mục đích của kế hoạch.');
  const depth = new Map<number, number>();
  for (const i of indicators)
    depth.set(i.id, i.parentIndicatorId ? (depth.get(i.parentIndicatorId) ?? 0) + 1 : 0);
  const blocks: DocBlock[] = [
    ...c.legalBases.map(
      (b): DocBlock => ({ kind: 'paragraph', text: `${b.replace(/[;.]\s*$/, '')};`, italic: true }),
    ),
    ...section('I. MỤC ĐÍCH, YÊU CẦU', [
      { kind: 'heading', text: '1. Mục đích' },
      ...paragraphs(c.purpose),
      { kind: 'heading', text: '2. Yêu cầu' },
      ...paragraphs(c.requirements),
    ]),
    ...section('II. NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP', [
      ...(c.content.trim()
        ? [{ kind: 'heading', text: '1. Nội dung' } as DocBlock, ...paragraphs(c.content)]
        : []),
      ...(c.generalGoal.trim()
        ? [{ kind: 'heading', text: '2. Mục tiêu tổng quát' } as DocBlock, ...paragraphs(c.generalGoal)]
        : []),
      { kind: 'heading', text: '3. Các chỉ tiêu thi đua' },
      {
        kind: 'table',
        title: 'Các chỉ tiêu thi đua',
        header: ['STT', 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu đợt thi đua'],
        widths: [600, 900, 4555, 1500, 1800],
        align: ['center', 'center', 'left', 'center', 'right'],
        rows: indicators.map((i, n) => [
          String(n + 1),
          i.code,
          `${'    '.repeat(depth.get(i.id) ?? 0)}${i.name}`,
          i.unitOfMeasure,
          i.targetValue !== null &&
          i.direction !== 'band' &&
          i.direction !== 'maintain' &&
          i.direction !== 'at_most'
            ? { text: targetText(i), value: i.targetValue }
            : targetText(i),
        ]),
      },
      ...(c.tasks.length
        ? [
            { kind: 'heading', text: '4. Nhiệm vụ, giải pháp' } as DocBlock,
            ...c.tasks.flatMap((t) => paragraphs(`${t.code ? `${t.code}. ` : ''}${t.text}`)),
          ]
        : []),
    ]),
    ...section('III. THỜI GIAN THỰC HIỆN', [
      {
        kind: 'paragraph',
        text: `Từ ngày ${dmy(c.startsOn)} đến ngày ${dmy(c.endsOn)}.${
          c.reportDeadline ? ` Các đơn vị gửi báo cáo kết quả trước ngày ${dmy(c.reportDeadline)}.` : ''
        }`,
      },
    ]),
    ...section('IV. KHEN THƯỞNG', paragraphs(c.rewardsText)),
    ...section('V. TỔ CHỨC THỰC HIỆN', paragraphs(c.organisationText)),
  ];
  if (!c.signer?.name) warnings.push('Đợt thi đua chưa có người ký: nhập ở trang đợt thi đua.');
  return {
    doc: {
      issuer: `Ủy ban nhân dân ${inText(c.issuingUnitName)}`,
      number: c.documentNumber,
      symbol: c.documentSymbol || 'KH-UBND',
      place: placeOf(c),
      date: c.issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(c.issuedOn) ? c.issuedOn : null,
      type: 'Kế hoạch',
      subject: c.title,
      blocks,
      recipients: c.recipients.length
        ? c.recipients.map((r) => r.replace(/^[-–+]\s*/, '').replace(/[;.]\s*$/, ''))
        : [],
      signer: {
        authority: c.signer?.authority || 'TM. Ủy ban nhân dân',
        title: c.signer?.title || 'Chủ tịch',
        name: c.signer?.name || null,
      },
    },
    warnings,
  };
}
