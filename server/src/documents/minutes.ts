/**
 * The minutes of a council session (Biên bản họp Hội đồng Thi đua – Khen thưởng): members present, the ballot
 * rules, each nominee's result with its count and share, recusals, and a narrative part for the discussion.
 */
import type { CouncilSession, OfficialDocOut } from '@thidua/shared';
import { inText, placeOf } from './common.ts';

export function minutesView(
  v: CouncilSession,
  c: { title: string; place: string; issuingUnitName: string },
): OfficialDocOut {
  const pct = (x: number | null) =>
    x === null ? '—' : `${String(Math.round(x * 1000) / 10).replace('.', ',')} %`;
  const present = v.members.filter((m) => m.attendance !== 'absent');
  return {
    parentBody: `Ủy ban nhân dân ${inText(c.issuingUnitName)}`,
    issuer: 'Hội đồng Thi đua – Khen thưởng',
    number: null,
    symbol: 'BB-HĐTĐKT',
    place: placeOf(c),
    date: v.meetsOn,
    type: 'Biên bản',
    subject: `Họp Hội đồng Thi đua – Khen thưởng: ${v.title}`,
    blocks: [
      { kind: 'paragraph', text: `Đợt thi đua: ${c.title}.` },
      {
        kind: 'paragraph',
        text: `Thành phần: ${v.members.length} thành viên; tham dự ${present.length}: ${present
          .map((m) => `${m.fullName}${m.attendance === 'written' ? ' (phiếu bằng văn bản)' : ''}`)
          .join('; ')}.`,
      },
      {
        kind: 'paragraph',
        text: `Hình thức biểu quyết: ${v.ballot === 'secret' ? 'bỏ phiếu kín' : 'biểu quyết công khai'}. Phiên họp hợp lệ khi có từ ${pct(v.quorum)} thành viên tham dự; được đề nghị khi đạt từ ${pct(v.threshold)} phiếu đồng ý trên tổng số ${v.base === 'members' ? 'thành viên Hội đồng' : 'thành viên tham dự'}.`,
      },
      { kind: 'heading', text: 'KẾT QUẢ BIỂU QUYẾT' },
      {
        kind: 'table',
        title: 'Kết quả biểu quyết',
        align: ['center', 'left', 'left', 'center', 'right', 'center'],
        header: ['STT', 'Cá nhân, tập thể', 'Hình thức', 'Đồng ý', 'Tỷ lệ', 'Kết quả'],
        widths: [600, 2600, 2500, 1000, 1100, 1555],
        rows: v.items.map((it, i) => [
          String(i + 1),
          it.nomineeName,
          it.awardName,
          it.result ? `${it.result.yes}/${it.result.base}` : '—',
          pct(it.result?.yesShare ?? null),
          it.result
            ? it.result.approved
              ? 'Đề nghị khen thưởng'
              : it.result.approved === false
                ? 'Không đề nghị'
                : 'Không có kết quả'
            : 'Chưa kết thúc',
        ]),
      },
      ...v.items
        .filter((it) => it.recused.length)
        .map((it) => ({
          kind: 'paragraph' as const,
          text: `Không tham gia biểu quyết về ${it.nomineeName}: ${it.recused.map((r) => `${r.fullName} (${r.reason})`).join('; ')}.`,
        })),
      { kind: 'heading', text: 'Ý KIẾN THẢO LUẬN VÀ KẾT LUẬN' },
      {
        kind: 'narrative',
        key: 'discussion',
        label: 'Ý kiến thảo luận và kết luận',
        text: `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân ${inText(c.issuingUnitName)} xem xét, khen thưởng các cá nhân, tập thể đạt tỷ lệ phiếu đồng ý theo quy định. Biên bản được lập xong hồi … giờ cùng ngày, đã thông qua các thành viên dự họp.`,
      },
    ],
    recipients: ['Chủ tịch UBND phường (để b/c)', 'Các thành viên Hội đồng'],
    signer: { authority: null, title: 'Chủ tịch Hội đồng', name: null },
  };
}
