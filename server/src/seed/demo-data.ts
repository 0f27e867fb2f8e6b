import type { OrgUnitKind, Role } from '@thidua/shared';

/** One unit of the demo tree; children nest. Codes are the stable exchange identifiers. */
export interface SeedUnit {
  code: string;
  name: string;
  kind: OrgUnitKind;
  children?: SeedUnit[];
}

const residentialGroups: SeedUnit[] = Array.from({ length: 25 }, (_, i) => ({
  code: `HP.DONGHAI.TDP${String(i + 1).padStart(2, '0')}`,
  name: `Tổ dân phố ${i + 1}`,
  kind: 'residential_group',
}));

/**
 * Thành phố Hải Phòng → Phường Đông Hải with the bodies named in the ward's plan
 * (../shared/plans/ke-hoach-thi-dua-dong-hai-2025.txt), its schools, health station, 25 tổ dân phố
 * and a few enterprises; plus a neighbouring ward so subtree permissions have something to refuse.
 */
export const DEMO_TREE: SeedUnit = {
  code: 'HP',
  name: 'Thành phố Hải Phòng',
  kind: 'city',
  children: [
    {
      code: 'HP.DONGHAI',
      name: 'Phường Đông Hải',
      kind: 'ward',
      children: [
        { code: 'HP.DONGHAI.VP', name: 'Văn phòng HĐND và UBND phường', kind: 'department' },
        { code: 'HP.DONGHAI.VHXH', name: 'Phòng Văn hóa – Xã hội', kind: 'department' },
        { code: 'HP.DONGHAI.KT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị', kind: 'department' },
        {
          code: 'HP.DONGHAI.HCC',
          name: 'Trung tâm Phục vụ hành chính công phường',
          kind: 'public_service_unit',
        },
        { code: 'HP.DONGHAI.MTTQ', name: 'Ủy ban MTTQ Việt Nam phường Đông Hải', kind: 'mass_organisation' },
        { code: 'HP.DONGHAI.HLHPN', name: 'Hội Liên hiệp Phụ nữ phường', kind: 'mass_organisation' },
        { code: 'HP.DONGHAI.DTN', name: 'Đoàn Thanh niên phường', kind: 'mass_organisation' },
        { code: 'HP.DONGHAI.MN', name: 'Trường Mầm non Đông Hải', kind: 'school' },
        { code: 'HP.DONGHAI.TH', name: 'Trường Tiểu học Đông Hải', kind: 'school' },
        { code: 'HP.DONGHAI.THCS', name: 'Trường THCS Đông Hải', kind: 'school' },
        { code: 'HP.DONGHAI.TYT', name: 'Trạm Y tế phường Đông Hải', kind: 'health_station' },
        ...residentialGroups,
        { code: 'HP.DONGHAI.DN01', name: 'Công ty TNHH Dịch vụ Cảng Đông Hải', kind: 'enterprise' },
        { code: 'HP.DONGHAI.DN02', name: 'Công ty Cổ phần Thương mại Hải An Xanh', kind: 'enterprise' },
        { code: 'HP.DONGHAI.DN03', name: 'Hợp tác xã Dịch vụ Môi trường Đông Hải', kind: 'enterprise' },
      ],
    },
    {
      code: 'HP.HAIAN',
      name: 'Phường Hải An',
      kind: 'ward',
      children: [
        { code: 'HP.HAIAN.VHXH', name: 'Phòng Văn hóa – Xã hội phường Hải An', kind: 'department' },
        { code: 'HP.HAIAN.TDP01', name: 'Tổ dân phố Cát Bi 1', kind: 'residential_group' },
        { code: 'HP.HAIAN.TDP02', name: 'Tổ dân phố Cát Bi 2', kind: 'residential_group' },
      ],
    },
  ],
};

/** The demo password of every demo account (printed at start; change it in production). */
export const DEMO_PASSWORD = 'ThiDua@2025';

export interface SeedUser {
  username: string;
  fullName: string;
  unitCode: string;
  role: Role;
  roleUnitCode: string;
}

/** One account per role, each scoped to the part of the tree that role works on. */
export const DEMO_USERS: SeedUser[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', unitCode: 'HP', role: 'admin', roleUnitCode: 'HP' },
  {
    username: 'cityoffice',
    fullName: 'Hoàng Thị Lan',
    unitCode: 'HP',
    role: 'office',
    roleUnitCode: 'HP',
  },
  {
    username: 'office',
    fullName: 'Trần Thị Thu Hà',
    unitCode: 'HP.DONGHAI.VHXH',
    role: 'office',
    roleUnitCode: 'HP.DONGHAI',
  },
  {
    username: 'chair',
    fullName: 'Nguyễn Trọng Khiêm',
    unitCode: 'HP.DONGHAI.VP',
    role: 'chair',
    roleUnitCode: 'HP.DONGHAI',
  },
  {
    username: 'council',
    fullName: 'Phạm Văn Long',
    unitCode: 'HP.DONGHAI.MTTQ',
    role: 'council',
    roleUnitCode: 'HP.DONGHAI',
  },
  {
    username: 'council2',
    fullName: 'Ngô Thị Bích',
    unitCode: 'HP.DONGHAI.HLHPN',
    role: 'council',
    roleUnitCode: 'HP.DONGHAI',
  },
  {
    username: 'council3',
    fullName: 'Đinh Văn Sơn',
    unitCode: 'HP.DONGHAI.DTN',
    role: 'council',
    roleUnitCode: 'HP.DONGHAI',
  },
  {
    username: 'unithead',
    fullName: 'Lê Văn Hùng',
    unitCode: 'HP.DONGHAI.TDP07',
    role: 'unit_head',
    roleUnitCode: 'HP.DONGHAI.TDP07',
  },
  {
    username: 'reporter',
    fullName: 'Đỗ Thị Mai',
    unitCode: 'HP.DONGHAI.TDP07',
    role: 'reporter',
    roleUnitCode: 'HP.DONGHAI.TDP07',
  },
  {
    username: 'viewer',
    fullName: 'Vũ Minh Tuấn',
    unitCode: 'HP.DONGHAI.VP',
    role: 'viewer',
    roleUnitCode: 'HP.DONGHAI',
  },
];
