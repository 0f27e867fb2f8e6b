/**
 * The Đông Hải ward plan (../shared/plans/ke-hoach-thi-dua-dong-hai-2025.txt) as campaign data, entered
 * faithfully: every indicator with the plan's value, unit and wording. Where the plan is silent (a direction,
 * a tolerance, a band's lower bound, a missing unit) the choice is ours and is written in `note`.
 */
import type { CampaignTask, IndicatorKind } from '@thidua/shared';

export const CITY_PLAN = {
  issuingUnitCode: 'HP',
  documentNumber: 232,
  documentSymbol: 'KH-UBND',
  place: 'Hải Phòng',
  issuedOn: '2025-09-09',
  title:
    'Phát động đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2025 của thành phố Hải Phòng sau hợp nhất, lập thành tích xuất sắc chào mừng Đại hội thi đua yêu nước thành phố lần thứ I (2025-2030) tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ XI; Đại hội Đại biểu Đảng bộ thành phố lần thứ I (2025 - 2030) tiến tới Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng',
  startsOn: '2025-09-09',
  endsOn: '2025-12-31',
};

export const DONG_HAI_PLAN = {
  issuingUnitCode: 'HP.DONGHAI',
  documentNumber: null,
  documentSymbol: 'KH-UBND',
  place: 'Đông Hải',
  issuedOn: '2025-09',
  title:
    'Phát động Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế-xã hội, đảm bảo quốc phòng- an ninh năm 2025 của phường Đông Hải; lập thành tích xuất sắc chào mừng Đại hội thi đua yêu nước thành phố lần thứ I (2025-2030) và Đại hội Đại biểu Đảng bộ thành phố lần thứ I (2025-2030)',
  legalBases: [
    'Kế hoạch số 232/KH-UBND ngày 09/9/2025 của Uỷ ban nhân dân thành phố Phát động đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế-xã hội, đảm bảo quốc phòng-an ninh năm 2025 của thành phố Hải Phòng sau hợp nhất, lập thành tích xuất sắc chào mừng Đại hội thi đua yêu nước thành phố lần thứ I (2025-2030) tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ XI; Đại hội Đại biểu Đảng bộ thành phố lần thứ I (2025 - 2030) tiến tới Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng',
  ],
  purpose: [
    '- Đẩy mạnh Đợt thi đua theo tinh thần Chỉ thị số 41-CT/TW, ngày 26/12/2024 của Bộ Chính trị; Chỉ thị số 46-CT/TU ngày 26/6/2025 của Ban Thường vụ Thành ủy về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới; khơi dậy mạnh mẽ truyền thống yêu nước, ý chí tự lực, tự cường, tinh thần vượt khó, lao động sáng tạo của các tầng lớp Nhân dân và phát huy sức mạnh tổng hợp của cả hệ thống chính trị và khối đại đoàn kết toàn dân để thực hiện thắng lợi các chỉ tiêu, nhiệm vụ được giao.',
    '- Tích cực phát hiện, bồi dưỡng, tổng kết, nhân rộng các điển hình tiên tiến, mô hình mới, cách làm hay, hiệu quả, trên các lĩnh vực, tạo sự lan tỏa trong đơn vị, địa phương, doanh nghiệp và trong đời sống xã hội.',
  ].join('\n'),
  requirements: [
    '- Đợt thi đua phải được thực hiện đồng bộ, thường xuyên, liên tục, đa dạng, phù hợp, có hiệu quả ở các phòng, ban, đơn vị thuộc phường gắn với việc lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị, chuyên môn và phù hợp với đặc điểm, điều kiện thực tiễn của đơn vị, doanh nghiệp tạo động lực và sức mạnh tổng hợp trong tổ chức thực hiện.',
    '- Đợt thi đua phải có trọng tâm, trọng điểm; nội dung thiết thực, với các tiêu chí cụ thể, rõ ràng, tránh phô trương, hình thức; kết hợp chặt chẽ giữa thực hiện phong trào thi đua thường xuyên với các phong trào thi đua theo đợt, theo chuyên đề.',
    '- Khen thưởng đúng đối tượng, đúng thành tích, đảm bảo nguyên tắc công khai, khách quan, có tính giáo dục, nêu gương, có sức lan tỏa trong cơ quan, đơn vị và xã hội, chú trọng khen thưởng tập thể nhỏ, cá nhân trực tiếp công tác, lao động, chiến đấu, gương người tốt, việc tốt.',
  ].join('\n'),
  content:
    'Các phòng ban, đơn vị, doanh nghiệp bám sát các chỉ tiêu, nhiệm vụ phát triển kinh tế-xã hội, đảm bảo quốc phòng-an ninh của phường, chức năng, nhiệm vụ của cơ quan, đơn vị để phát động đợt thi đua đảm bảo hoàn thành vượt mức các chỉ tiêu, nhiệm vụ năm 2025; tiếp tục thực hiện các phong trào thi đua chuyên đề do Trung ương, thành phố phát động.',
  generalGoal:
    'Tăng tốc, bứt phá nhằm hoàn thành vượt mức cao nhất các chỉ tiêu phát triển kinh tế-xã hội, quốc phòng-an ninh năm 2025 đã đề ra. Trong đó tập trung cao cho công tác hoàn thiện, vận hành thông suốt, hiệu năng, hiệu lực, hiệu quả bộ máy chính quyền phường theo mô hình chính quyền địa phương 02 cấp; phấn đấu vượt thu chỉ tiêu thu ngân sách được giao; thực hiện công tác giải phóng mặt bằng các dự án trên địa bàn đúng và vượt tiến độ thành phố giao.',
  // The plan launches "from the day the movement is launched"; its date has no day ("ngày … tháng 9 năm 2025").
  // We start the window on 1 September 2025; the office corrects it to the real launch day.
  startsOn: '2025-09-01',
  endsOn: '2025-12-31',
  reportDeadline: '2025-12-10',
  rewardsText: [
    '- Chủ tịch Uỷ ban nhân dân phường khen thưởng theo thẩm quyền hoặc đề xuất cấp có thẩm quyền khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc, tiêu biểu trong Đợt thi đua.',
    '- Kết quả triển khai thực hiện Đợt thi đua là một trong các tiêu chí để làm căn cứ đánh giá kết quả thực hiện nhiệm vụ công tác năm 2025 của tập thể, cá nhân; làm căn cứ để tổng hợp danh sách trình Chủ tịch Uỷ ban nhân dân thành phố khen thưởng tổng kết nhiệm vụ công tác năm 2025.',
  ].join('\n'),
  organisationText: [
    '1. Các phòng, ban, ngành căn cứ chức năng nhiệm vụ; chỉ tiêu kinh tế-xã hội; quốc phòng-an ninh của đơn vị mình để phát động Đợt thi đua trong nội bộ cơ quan, đơn vị. Trong đó tập trung vào những chỉ tiêu quan trọng, có thể lượng hoá để xây dựng đường găng tiến độ, đảm bảo hoàn thành vượt mức các chỉ tiêu, nhiệm vụ đã được Đảng uỷ, Hội đồng nhân dân, Uỷ ban nhân dân đề ra.',
    '2. Phòng Văn hoá-Xã hội, cơ quan thường trực Hội đồng thi đua khen thưởng phường chủ trì theo dõi, đánh giá kết quả của Đợt thi đua khen thưởng; tổng hợp làm căn cứ xem xét, đánh giá mức độ hoàn thành nhiệm vụ năm 2025 của các tập thể, cá nhân vào cuối năm.',
    '3. Các phòng, ban, ngành, đơn vị căn cứ Kế hoạch triển khai thực hiện, báo cáo kết quả thực hiện Đợt thi đua về Uỷ ban nhân dân phường (qua phòng Văn hoá-Xã hội) trước ngày 10/12/2025 để tổng hợp báo cáo Uỷ ban nhân dân thành phố./.',
  ].join('\n'),
  recipients: [
    'Sở Nội vụ;',
    'Ban TĐ-KT TP;',
    'TT ĐU, HĐND phường;',
    'CT, các PCT UBND phường;',
    'Ban Xây dựng Đảng;',
    'Ủy ban MTTQVN phường;',
    'Các phòng, đơn vị sự nghiệp thuộc phường;',
    'Thành viên Hội đồng TĐKT phường;',
    'CVP, PCVP UBND phường;',
    'Lưu VT, VH-XH.',
  ],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Trọng Khiêm' },
};

export const DONG_HAI_TASKS: CampaignTask[] = [
  {
    code: '4.1',
    text: 'Tập trung cao nhất cho công tác sau sắp xếp đơn vị hành chính, tổ chức vận hành chính quyền địa phương 02 cấp hiệu lực, hiệu quả. Kịp thời phát hiện những khó khăn, bất cập trong quá trình vận hành chính quyền phường, kiến nghị, đề xuất cấp có thẩm quyền sửa đổi, bổ sung hoàn thiện thể chế.',
    citations: [],
  },
  {
    code: '4.2',
    text: 'Tập trung triển khai thực hiện có hiệu quả các Nghị quyết quan trọng được Bộ Chính trị ban hành, chỉ đạo của Thành uỷ, Uỷ ban nhân dân thành phố theo chức năng, nhiệm vụ được giao.',
    citations: [
      {
        kind: 'resolution',
        ref: '57-NQ/TW',
        title:
          'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      },
      {
        kind: 'resolution',
        ref: '59-NQ/TW',
        title: 'Nghị quyết số 59-NQ/TW, ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế',
      },
      {
        kind: 'resolution',
        ref: '66-NQ/TW',
        title:
          'Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới',
      },
      {
        kind: 'resolution',
        ref: '68-NQ/TW',
        title: 'Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân',
      },
    ],
  },
  {
    code: '4.3',
    text: 'Tập trung cao độ trong việc thực hiện các nhiệm vụ, giải pháp để đạt mục tiêu tăng trưởng kinh tế năm 2025 theo chỉ đạo của Trung ương, kế hoạch của thành phố giao và mục tiêu, chỉ tiêu của Đảng uỷ, Hội đồng nhân dân, Uỷ ban nhân dân phường đề ra.',
    citations: [],
  },
  {
    code: '4.4',
    text: 'Tiếp tục triển khai thiết thực, hiệu quả các phong trào thi đua do Thủ tướng Chính phủ phát động; đẩy mạnh phong trào thi đua xây dựng, chỉnh trang, nâng cấp và hiện đại hóa đô thị.',
    citations: [
      {
        kind: 'movement',
        ref: '',
        title:
          'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hiện tiết kiệm, chống lãng phí (gắn với thi đua đẩy mạnh giải ngân vốn đầu tư)',
      },
      { kind: 'movement', ref: '', title: 'Vì người nghèo - không để ai bị bỏ lại phía sau' },
      { kind: 'movement', ref: '', title: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở' },
      {
        kind: 'movement',
        ref: '',
        title: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030',
      },
      { kind: 'movement', ref: '', title: 'Bình dân học vụ số' },
    ],
  },
  {
    code: '4.5',
    text: 'Triển khai các biện pháp, thực hiện có hiệu quả Chỉ thị số 41-CT/TW và Chỉ thị số 46-CT/TU về tăng cường sự lãnh đạo của các cấp ủy Đảng đối với công tác thi đua, khen thưởng gắn với việc thực hiện nhiệm vụ chính trị của đơn vị, địa phương. Nâng cao vai trò, trách nhiệm của cấp ủy Đảng, Hội đồng Thi đua - Khen thưởng và người đứng đầu đơn vị trong việc tổ chức triển khai các phong trào thi đua; tăng cường sự phối hợp chặt chẽ, đồng bộ giữa cấp ủy Đảng, chính quyền với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, các tổ chức xã hội, xã hội - nghề nghiệp trong phát động, tổ chức và tuyên truyền các phong trào thi đua yêu nước trong cán bộ, công chức, viên chức và các tầng lớp Nhân dân trên địa bàn phường.',
    citations: [
      { kind: 'directive', ref: '41-CT/TW', title: 'Chỉ thị số 41-CT/TW, ngày 26/12/2024 của Bộ Chính trị' },
      {
        kind: 'directive',
        ref: '46-CT/TU',
        title: 'Chỉ thị số 46-CT/TU, ngày 26/6/2025 của Ban Thường vụ Thành ủy',
      },
    ],
  },
  {
    code: '4.6',
    text: 'Phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, các mô hình mới, nhân tố mới, cách làm hay từ phong trào thi đua, xem đây là nhiệm vụ trọng tâm, thường xuyên của công tác thi đua, khen thưởng.',
    citations: [],
  },
];

/** An indicator of the plan; units by code; `parent` by indicator code. */
export interface PlanIndicator {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  direction: 'at_least' | 'at_most' | 'maintain' | 'band';
  target: number | null;
  low?: number;
  high?: number;
  tolerance?: number;
  factor?: number;
  numerator?: string;
  denominator?: string;
  parent?: string;
  childrenRule?: 'none' | 'must_equal' | 'must_not_exceed';
  frequency: 'month' | 'quarter' | 'half_year' | 'year' | 'campaign';
  evidence?: boolean;
  responsible: string;
  coordinating?: string[];
  /** Units that report values: codes, or 'TDP*' for all 25 tổ dân phố, 'SCHOOLS' for the three schools. */
  assigned: string[];
  source: string;
  note?: string;
}

const KT = 'HP.DONGHAI.KT';
const VHXH = 'HP.DONGHAI.VHXH';
const TYT = 'HP.DONGHAI.TYT';
const MTTQ = 'HP.DONGHAI.MTTQ';
const pct = { kind: 'ratio' as const, unit: '%', factor: 100 };

export const DONG_HAI_INDICATORS: PlanIndicator[] = [
  {
    code: 'CT01',
    name: 'Thu ngân sách nhà nước trên địa bàn',
    unit: 'triệu đồng',
    kind: 'sum',
    direction: 'at_least',
    target: 36692,
    childrenRule: 'must_not_exceed',
    frequency: 'month',
    evidence: true,
    responsible: KT,
    assigned: [KT],
    source:
      'Thu ngân sách nhà nước trên địa bàn đạt 36.692 triệu đồng, trong đó chỉ tiêu 04 nguồn thu chính là: …',
    note: 'Bốn nguồn thu chính là một phần của tổng thu (35.832/36.692 triệu đồng), nên tổng các chỉ tiêu con không vượt chỉ tiêu cha.',
  },
  {
    code: 'CT01.1',
    name: 'Thu ngoài quốc doanh',
    unit: 'triệu đồng',
    kind: 'sum',
    direction: 'at_least',
    target: 11232,
    parent: 'CT01',
    frequency: 'month',
    responsible: KT,
    assigned: [KT],
    source: 'thu ngoài quốc doanh: 11.232 triệu đồng',
  },
  {
    code: 'CT01.2',
    name: 'Thu thuế thu nhập cá nhân',
    unit: 'triệu đồng',
    kind: 'sum',
    direction: 'at_least',
    target: 9100,
    parent: 'CT01',
    frequency: 'month',
    responsible: KT,
    assigned: [KT],
    source: 'Thu thuế thu nhập cá nhân: 9.100',
    note: 'Kế hoạch ghi "9.100" không kèm đơn vị; theo các nguồn thu cùng dòng, đơn vị là triệu đồng.',
  },
  {
    code: 'CT01.3',
    name: 'Thu thuế sử dụng đất phi nông nghiệp',
    unit: 'triệu đồng',
    kind: 'sum',
    direction: 'at_least',
    target: 8500,
    parent: 'CT01',
    frequency: 'month',
    responsible: KT,
    assigned: [KT],
    source: 'thu thuế sử dụng đất phi nông nghiệp: 8.500 triệu đồng',
  },
  {
    code: 'CT01.4',
    name: 'Thu lệ phí trước bạ',
    unit: 'triệu đồng',
    kind: 'sum',
    direction: 'at_least',
    target: 7000,
    parent: 'CT01',
    frequency: 'month',
    responsible: KT,
    assigned: [KT],
    source: 'thu lệ phí trước bạ: 7.000 triệu đồng',
  },
  {
    code: 'CT02',
    name: 'Tỷ lệ chất thải rắn đô thị được thu gom, xử lý hợp vệ sinh',
    ...pct,
    direction: 'at_least',
    target: 100,
    numerator: 'Khối lượng chất thải rắn đô thị được thu gom, xử lý hợp vệ sinh',
    denominator: 'Tổng khối lượng chất thải rắn đô thị phát sinh',
    frequency: 'quarter',
    responsible: KT,
    coordinating: ['HP.DONGHAI.DN03'],
    assigned: [KT],
    source: 'Tỷ lệ chất thải rắn đô thị được thu gom, xử lý hợp vệ sinh: 100%',
  },
  {
    code: 'CT03',
    name: 'Tỷ lệ các hộ dân thực hiện phân loại rác thải rắn sinh hoạt đầu nguồn',
    ...pct,
    direction: 'at_least',
    target: 100,
    numerator: 'Số hộ thực hiện phân loại rác tại nguồn',
    denominator: 'Tổng số hộ',
    frequency: 'quarter',
    responsible: KT,
    coordinating: [MTTQ],
    assigned: ['TDP*'],
    source: 'Tỷ lệ các hộ dân thực hiện phân loại rác thải rắn sinh hoạt đầu nguồn: 100%',
  },
  {
    code: 'CT04',
    name: 'Tỷ lệ bãi chôn lấp chất thải đáp ứng yêu cầu kỹ thuật hợp vệ sinh',
    ...pct,
    direction: 'at_least',
    target: 100,
    numerator: 'Số bãi chôn lấp đạt yêu cầu kỹ thuật hợp vệ sinh',
    denominator: 'Tổng số bãi chôn lấp',
    frequency: 'year',
    responsible: KT,
    assigned: [KT],
    source: 'Tỷ lệ bãi chôn lấp chất thải đáp ứng yêu cầu kỹ thuật hợp vệ sinh: 100%',
  },
  {
    code: 'CT05',
    name: 'Tuyến đường được lắp điện chiếu sáng',
    ...pct,
    direction: 'at_least',
    target: 100,
    numerator: 'Số tuyến đường có điện chiếu sáng',
    denominator: 'Tổng số tuyến đường',
    frequency: 'quarter',
    responsible: KT,
    assigned: [KT],
    source: 'Tuyến đường được lắp điện chiếu sáng: 100%',
  },
  {
    code: 'CT06',
    name: 'Tuyến ngõ được lắp điện chiếu sáng',
    ...pct,
    direction: 'at_least',
    target: 92,
    numerator: 'Số tuyến ngõ có điện chiếu sáng',
    denominator: 'Tổng số tuyến ngõ',
    frequency: 'quarter',
    responsible: KT,
    assigned: ['TDP*'],
    source: 'Tuyến ngõ được lắp điện chiếu sáng: 92%',
  },
  {
    code: 'CT07',
    name: 'Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn đô thị',
    ...pct,
    direction: 'at_least',
    target: 100,
    numerator: 'Số hộ sử dụng nước sạch theo tiêu chuẩn đô thị',
    denominator: 'Tổng số hộ',
    frequency: 'quarter',
    responsible: KT,
    assigned: ['TDP*'],
    source: 'Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn đô thị: 100%',
  },
  {
    code: 'CT08',
    name: 'Số lượt hộ được vay vốn tạo việc làm',
    unit: 'lượt hộ',
    kind: 'count',
    direction: 'at_least',
    target: 294,
    frequency: 'month',
    evidence: true,
    responsible: VHXH,
    coordinating: ['HP.DONGHAI.HLHPN', MTTQ],
    assigned: ['TDP*'],
    source: 'Số lượt hộ được vay vốn tạo việc làm: 294',
  },
  {
    code: 'CT09',
    name: 'Tỷ lệ trường học đạt chuẩn quốc gia',
    ...pct,
    direction: 'at_least',
    target: 18.2,
    numerator: 'Số trường đạt chuẩn quốc gia',
    denominator: 'Tổng số trường',
    frequency: 'year',
    evidence: true,
    responsible: VHXH,
    coordinating: ['HP.DONGHAI.MN', 'HP.DONGHAI.TH', 'HP.DONGHAI.THCS'],
    assigned: [VHXH],
    source: 'Tỷ lệ trường học đạt chuẩn quốc gia: 18.2%',
    note: 'Kế hoạch viết "18.2%" với dấu chấm thập phân: 18,2 %.',
  },
  {
    code: 'CT10',
    name: 'Trình độ đào tạo chuẩn của giáo viên các cấp học',
    ...pct,
    direction: 'at_least',
    target: 100,
    numerator: 'Số giáo viên đạt chuẩn trình độ đào tạo',
    denominator: 'Tổng số giáo viên',
    frequency: 'half_year',
    responsible: VHXH,
    assigned: ['SCHOOLS'],
    source: 'Trình độ đào tạo chuẩn của giáo viên các cấp học: 100%',
  },
  {
    code: 'CT11',
    name: 'Đạt phổ cập giáo dục Mầm non trẻ 5 tuổi',
    ...pct,
    direction: 'at_least',
    target: 100,
    numerator: 'Số trẻ 5 tuổi được phổ cập',
    denominator: 'Tổng số trẻ 5 tuổi',
    frequency: 'year',
    responsible: VHXH,
    assigned: ['HP.DONGHAI.MN'],
    source: 'Đạt phổ cập giáo dục Mầm non trẻ 5 tuổi: 100%',
  },
  {
    code: 'CT12',
    name: 'Đạt phổ cập giáo dục Tiểu học, THCS mức độ 3',
    ...pct,
    direction: 'at_least',
    target: 100,
    numerator: 'Số tiêu chí phổ cập mức độ 3 đạt',
    denominator: 'Tổng số tiêu chí phổ cập mức độ 3',
    frequency: 'year',
    responsible: VHXH,
    assigned: ['HP.DONGHAI.TH', 'HP.DONGHAI.THCS'],
    source: 'Đạt phổ cập giáo dục Tiểu học, THCS mức độ 3: 100%',
  },
  {
    code: 'CT13',
    name: 'Duy trì tiêu chuẩn hiệu quả phổ cập trung học và nghề',
    ...pct,
    direction: 'maintain',
    target: 96,
    tolerance: 1,
    numerator: 'Số người trong độ tuổi đạt chuẩn phổ cập trung học và nghề',
    denominator: 'Tổng số người trong độ tuổi',
    frequency: 'year',
    responsible: VHXH,
    assigned: [VHXH],
    source: 'Duy trì tiêu chuẩn hiệu quả phổ cập trung học và nghề đạt 96%',
    note: 'Kế hoạch không nêu biên độ; chọn ±1 điểm %.',
  },
  {
    code: 'CT14',
    name: 'Tỷ lệ tăng dân số tự nhiên',
    ...pct,
    direction: 'maintain',
    target: 0.83,
    tolerance: 0.1,
    numerator: 'Số sinh trừ số chết trong năm',
    denominator: 'Dân số trung bình',
    frequency: 'year',
    responsible: TYT,
    coordinating: [VHXH],
    assigned: [TYT],
    source: 'Tỷ lệ tăng dân số tự nhiên: 0.83%',
    note: 'Kế hoạch viết "0.83%": 0,83 %. Không nêu chiều đánh giá; chọn duy trì ±0,1 điểm %.',
  },
  {
    code: 'CT15',
    name: 'Tỷ suất sinh',
    unit: '‰',
    kind: 'rate_per_mille',
    direction: 'maintain',
    target: 12.15,
    tolerance: 0.5,
    numerator: 'Số trẻ sinh ra sống trong năm',
    denominator: 'Dân số trung bình',
    factor: 1000,
    frequency: 'year',
    responsible: TYT,
    assigned: [TYT],
    source: 'Tỷ suất sinh: 12.15',
    note: 'Kế hoạch ghi "12.15" không kèm đơn vị; tỷ suất sinh thô tính theo phần nghìn (‰). Chọn duy trì ±0,5 ‰.',
  },
  {
    code: 'CT16',
    name: 'Tỷ số giới tính khi sinh',
    unit: 'bé trai/100 bé gái',
    kind: 'index',
    direction: 'band',
    target: 109.2,
    low: 103,
    high: 109.2,
    frequency: 'year',
    responsible: TYT,
    assigned: [TYT],
    source: 'Tỷ số giới tính khi sinh (100 bé trai/100 bé gái): 109.2',
    note: 'Trần 109,2 theo kế hoạch; cận dưới 103 là mức sinh học tự nhiên (103–107), do chúng tôi chọn.',
  },
  {
    code: 'CT17A',
    name: 'Tỷ lệ suy dinh dưỡng của trẻ em dưới 5 tuổi thể thấp còi (chiều cao theo tuổi)',
    ...pct,
    direction: 'at_most',
    target: 4.8,
    numerator: 'Số trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi',
    denominator: 'Số trẻ dưới 5 tuổi được cân, đo',
    frequency: 'half_year',
    responsible: TYT,
    assigned: [TYT],
    source: 'Tỷ lệ suy dinh dưỡng của trẻ em dưới 5 tuổi: Chiều cao: 4.8%; cân nặng: 8.4%;',
  },
  {
    code: 'CT17B',
    name: 'Tỷ lệ suy dinh dưỡng của trẻ em dưới 5 tuổi thể nhẹ cân (cân nặng theo tuổi)',
    ...pct,
    direction: 'at_most',
    target: 8.4,
    numerator: 'Số trẻ dưới 5 tuổi suy dinh dưỡng thể nhẹ cân',
    denominator: 'Số trẻ dưới 5 tuổi được cân, đo',
    frequency: 'half_year',
    responsible: TYT,
    assigned: [TYT],
    source: 'Tỷ lệ suy dinh dưỡng của trẻ em dưới 5 tuổi: Chiều cao: 4.8%; cân nặng: 8.4%;',
  },
  {
    code: 'CT18',
    name: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
    ...pct,
    direction: 'at_least',
    target: 96.4,
    numerator: 'Số người tham gia bảo hiểm y tế',
    denominator: 'Dân số',
    frequency: 'quarter',
    responsible: VHXH,
    coordinating: [TYT],
    assigned: ['TDP*'],
    source: 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96.4%',
  },
  {
    code: 'CT19',
    name: 'Tỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội',
    ...pct,
    direction: 'at_least',
    target: 55.5,
    numerator: 'Số lao động trong độ tuổi tham gia bảo hiểm xã hội',
    denominator: 'Số lao động trong độ tuổi',
    frequency: 'quarter',
    responsible: VHXH,
    assigned: [VHXH],
    source: 'Tỷ kệ lao động trong độ tuổi tham gia bảo hiểm xã hội đạt 55,5%',
    note: 'Kế hoạch in nhầm "Tỷ kệ"; tên chỉ tiêu sửa thành "Tỷ lệ".',
  },
  {
    code: 'CT20',
    name: 'Số Tổ dân phố văn hoá',
    unit: 'tổ dân phố',
    kind: 'count',
    direction: 'at_least',
    target: 25,
    frequency: 'year',
    evidence: true,
    responsible: VHXH,
    coordinating: [MTTQ],
    assigned: [VHXH],
    source: 'Số Tổ dân phố văn hoá: 25',
  },
  {
    code: 'CT21',
    name: 'Tỷ lệ gia đình được công nhận gia đình văn hoá',
    ...pct,
    direction: 'at_least',
    target: 95.7,
    numerator: 'Số gia đình được công nhận gia đình văn hoá',
    denominator: 'Tổng số gia đình',
    frequency: 'year',
    evidence: true,
    responsible: VHXH,
    coordinating: [MTTQ],
    assigned: ['TDP*'],
    source: 'Tỷ lệ gia đình được công nhận gia đình văn hoá: 95.7%',
  },
  {
    code: 'CT22',
    name: 'Số Tổ dân phố có nhà văn hoá',
    unit: 'tổ dân phố',
    kind: 'count',
    direction: 'at_least',
    target: 19,
    frequency: 'year',
    responsible: VHXH,
    assigned: [VHXH],
    source: 'Số Tổ dân phố có nhà văn hoá: 19',
  },
  {
    code: 'CT23',
    name: 'Số buổi hoạt động văn hoá, văn nghệ quần chúng',
    unit: 'buổi',
    kind: 'count',
    direction: 'at_least',
    target: 60,
    frequency: 'month',
    responsible: VHXH,
    coordinating: ['HP.DONGHAI.DTN', 'HP.DONGHAI.HLHPN'],
    assigned: ['TDP*'],
    source: 'Số buổi hoạt động văn hoá, văn nghệ quần chúng: 60',
  },
  {
    code: 'CT24',
    name: 'Tỷ lệ người tập luyện thể dục, thể thao thường xuyên',
    ...pct,
    direction: 'at_least',
    target: 37.5,
    numerator: 'Số người tập luyện thể dục, thể thao thường xuyên',
    denominator: 'Dân số',
    frequency: 'year',
    responsible: VHXH,
    coordinating: ['HP.DONGHAI.DTN'],
    assigned: ['TDP*'],
    source: 'Tỷ lệ người tập luyện thể dục, thể thao thường xuyên: 37.5%',
  },
];

/**
 * Indicator groups for the dashboards' filter. The plan lists its indicators without headings; these follow the
 * fields the ward reports on (economy and budget, urban infrastructure and environment, education, population and
 * health, culture and society).
 */
export function dongHaiGroup(code: string): string {
  const n = Number(code.replace(/^CT(\d+).*$/, '$1'));
  if (n === 1) return 'Kinh tế – ngân sách';
  if (n <= 7) return 'Hạ tầng đô thị – môi trường';
  if (n === 8 || n === 19) return 'Lao động – an sinh xã hội';
  if (n <= 13) return 'Giáo dục';
  if (n <= 18) return 'Dân số – y tế';
  return 'Văn hóa – thể thao';
}
