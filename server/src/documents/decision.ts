/**
 * The Chairman's award decision (Quyết định, with its list "kèm theo") and the ward's proposal to the city (Tờ
 * trình, with its list), from a decision record: the nominees, their awards and cash as a multiple of the base
 * salary. The legal bases and the executing article are narrative parts the office may rewrite.
 */
import type { Decision, DocBlock, OfficialDocOut } from '@thidua/shared';
import { dmy, inText, numCell, placeOf } from './common.ts';

interface CampaignFacts {
  title: string;
  place: string;
  issuingUnitName: string;
  documentNumber: number | null;
  documentSymbol: string;
  issuedOn: string | null;
}

function lists(d: Decision): DocBlock[] {
  const collectives = d.items.filter((i) => i.subject === 'collective');
  const individuals = d.items.filter((i) => i.subject === 'individual');
  const table = (title: string, who: string, items: Decision['items']): DocBlock => ({
    kind: 'table',
    title,
    header: ['STT', who, 'Đơn vị', 'Hình thức khen thưởng', 'Mức thưởng (lần lương cơ sở)'],
    widths: [600, 2900, 2400, 2200, 1255],
    align: ['center', 'left', 'left', 'left', 'right'],
    rows: items.map((it, n) => [
      String(n + 1),
      it.name,
      it.unitName,
      it.awardName,
      numCell(it.cashMultiplier),
    ]),
  });
  return [
    ...(collectives.length ? [table(`I. TẬP THỂ (${collectives.length})`, 'Tập thể', collectives)] : []),
    ...(individuals.length ? [table(`II. CÁ NHÂN (${individuals.length})`, 'Họ và tên', individuals)] : []),
    ...(d.items.length ? [] : [{ kind: 'paragraph', text: 'Danh sách trống.', italic: true } as DocBlock]),
  ];
}

const planRef = (c: CampaignFacts) =>
  `Kế hoạch số ${c.documentNumber ?? '…'}/${c.documentSymbol}${c.issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(c.issuedOn) ? ` ngày ${dmy(c.issuedOn)}` : ''} của Ủy ban nhân dân ${inText(c.issuingUnitName)}`;

const counts = (d: Decision) => {
  const col = d.items.filter((i) => i.subject === 'collective').length;
  const ind = d.items.length - col;
  return (
    [col ? `${col} tập thể` : '', ind ? `${ind} cá nhân` : ''].filter(Boolean).join(' và ') ||
    '0 cá nhân, tập thể'
  );
};

export function decisionView(d: Decision, c: CampaignFacts): { doc: OfficialDocOut; warnings: string[] } {
  const warnings: string[] = [];
  if (!d.items.length) warnings.push('Quyết định chưa có cá nhân, tập thể nào trong danh sách.');
  const awards = [...new Set(d.items.map((i) => i.awardName))];
  const doc: OfficialDocOut = {
    issuer: `Ủy ban nhân dân ${inText(c.issuingUnitName)}`,
    number: d.number,
    symbol: d.symbol,
    place: placeOf(c),
    date: d.signedOn,
    type: 'Quyết định',
    subject: `Về việc khen thưởng thành tích trong ${c.title.replace(/^Phát động\s+/i, '').replace(/^./, (x) => x.toLowerCase())}`,
    preamble: [`Chủ tịch Ủy ban nhân dân ${inText(c.issuingUnitName)}`],
    blocks: [
      {
        kind: 'narrative',
        key: 'bases',
        label: 'Căn cứ ban hành',
        text: [
          'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
          'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
          'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng;',
          `Căn cứ ${planRef(c)};`,
          'Theo đề nghị của Hội đồng Thi đua – Khen thưởng phường.',
        ].join('\n'),
      },
      { kind: 'heading', text: 'QUYẾT ĐỊNH:' },
      {
        kind: 'paragraph',
        text: `Điều 1. Tặng ${awards.join(', ') || 'Giấy khen'} cho ${counts(d)} (có danh sách kèm theo) đã có thành tích trong ${c.title.replace(/^Phát động\s+/i, '').replace(/^./, (x) => x.toLowerCase())}.`,
      },
      {
        kind: 'paragraph',
        text: 'Điều 2. Tiền thưởng kèm theo thực hiện theo quy định tại Nghị định số 152/2025/NĐ-CP, tính theo mức lương cơ sở tại thời điểm ban hành quyết định, mức cụ thể ghi trong danh sách kèm theo.',
      },
      {
        kind: 'narrative',
        key: 'article3',
        label: 'Điều 3 (tổ chức thực hiện)',
        text: `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Trưởng phòng Văn hóa – Xã hội, Thủ trưởng các đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
      },
    ],
    recipients: ['Như Điều 3', 'Thường trực Đảng ủy phường (để b/c)'],
    signer: { authority: null, title: 'Chủ tịch', name: d.signerName || null },
    annex: {
      title: 'Danh sách khen thưởng',
      subtitle: `(Kèm theo Quyết định số ${d.reference} ngày ${dmy(d.signedOn)} của Chủ tịch Ủy ban nhân dân ${inText(c.issuingUnitName)})`,
      blocks: lists(d),
    },
  };
  return { doc, warnings };
}

export function proposalView(
  d: Decision,
  c: CampaignFacts,
  city: string,
): { doc: OfficialDocOut; warnings: string[] } {
  const warnings: string[] = [];
  if (!d.items.length) warnings.push('Tờ trình chưa có cá nhân, tập thể nào trong danh sách.');
  const awards = [...new Set(d.items.map((i) => i.awardName))];
  const doc: OfficialDocOut = {
    issuer: `Ủy ban nhân dân ${inText(c.issuingUnitName)}`,
    number: d.number,
    symbol: d.symbol,
    place: placeOf(c),
    date: d.signedOn,
    type: 'Tờ trình',
    subject: `Về việc đề nghị tặng ${awards.join(', ') || 'khen thưởng'}`,
    blocks: [
      { kind: 'paragraph', text: `Kính gửi: ${city}.` },
      {
        kind: 'narrative',
        key: 'reasons',
        label: 'Căn cứ và tóm tắt thành tích',
        text: [
          `Thực hiện ${planRef(c)}, qua tổng kết đợt thi đua, Hội đồng Thi đua – Khen thưởng phường đã họp, xét và đề nghị khen thưởng các cá nhân, tập thể có thành tích xuất sắc.`,
          'Các cá nhân, tập thể được đề nghị đã được công khai lấy ý kiến theo quy định, không có ý kiến phản ánh.',
        ].join('\n'),
      },
      {
        kind: 'paragraph',
        text: `Ủy ban nhân dân ${inText(c.issuingUnitName)} kính trình ${city} xem xét, tặng ${awards.join(', ') || 'khen thưởng'} cho ${counts(d)} (có danh sách kèm theo).`,
      },
    ],
    recipients: ['Như trên', 'Ban Thi đua – Khen thưởng thành phố'],
    signer: { authority: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: d.signerName || null },
    annex: {
      title: 'Danh sách đề nghị khen thưởng',
      subtitle: `(Kèm theo Tờ trình số ${d.reference} ngày ${dmy(d.signedOn)} của Ủy ban nhân dân ${inText(c.issuingUnitName)})`,
      blocks: lists(d),
    },
  };
  return { doc, warnings };
}
