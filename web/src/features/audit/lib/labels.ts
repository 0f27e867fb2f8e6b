/**
 * Readable names for what the audit trail stores as codes: entities, actions ("org.move"), field names.
 * Unknown codes are shown as they are, so new server actions never break the screen.
 */
import type { Lang } from '../../../app/i18n.ts';

type Bi = { vi: string; en: string };

export const ENTITY_LABELS: Record<string, Bi> = {
  org_unit: { vi: 'Đơn vị', en: 'Unit' },
  user: { vi: 'Người dùng', en: 'User' },
  role_assignment: { vi: 'Phân vai trò', en: 'Role assignment' },
  session: { vi: 'Phiên đăng nhập', en: 'Session' },
  system: { vi: 'Hệ thống', en: 'System' },
  campaign: { vi: 'Đợt thi đua', en: 'Campaign' },
  indicator: { vi: 'Chỉ tiêu thi đua', en: 'Indicator' },
  report: { vi: 'Báo cáo định kỳ', en: 'Periodic report' },
};

export const ACTION_LABELS: Record<string, Bi> = {
  'org.create': { vi: 'Thêm đơn vị', en: 'Unit created' },
  'org.update': { vi: 'Sửa đơn vị', en: 'Unit edited' },
  'org.move': { vi: 'Chuyển đơn vị', en: 'Unit moved' },
  'org.deactivate': { vi: 'Ngừng hoạt động đơn vị', en: 'Unit deactivated' },
  'org.reactivate': { vi: 'Khôi phục đơn vị', en: 'Unit reactivated' },
  'org.delete': { vi: 'Xoá đơn vị', en: 'Unit deleted' },
  'org.read': { vi: 'Xem đơn vị', en: 'Unit viewed' },
  'user.create': { vi: 'Tạo tài khoản', en: 'Account created' },
  'user.update': { vi: 'Sửa tài khoản', en: 'Account edited' },
  'user.grant_role': { vi: 'Cấp vai trò', en: 'Role granted' },
  'user.revoke_role': { vi: 'Thu hồi vai trò', en: 'Role revoked' },
  'user.reset_password': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'user.read': { vi: 'Xem tài khoản', en: 'Account viewed' },
  'auth.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.login_failed': { vi: 'Đăng nhập thất bại', en: 'Failed sign-in' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.logout_all': { vi: 'Đăng xuất mọi thiết bị', en: 'Signed out everywhere' },
  'auth.password_changed': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'system.seed_demo': { vi: 'Nạp dữ liệu mẫu', en: 'Demo data loaded' },
  'system.seed_demo_campaigns': { vi: 'Nạp đợt thi đua mẫu', en: 'Demo campaigns loaded' },
  'campaign.create': { vi: 'Tạo đợt thi đua', en: 'Campaign created' },
  'campaign.update': { vi: 'Sửa đợt thi đua', en: 'Campaign edited' },
  'campaign.launch': { vi: 'Phát động đợt thi đua', en: 'Campaign launched' },
  'campaign.close': { vi: 'Kết thúc đợt thi đua', en: 'Campaign closed' },
  'campaign.reopen': { vi: 'Mở lại đợt thi đua', en: 'Campaign reopened' },
  'indicator.assign_add': { vi: 'Giao chỉ tiêu cho đơn vị', en: 'Indicators assigned' },
  'indicator.assign_remove': { vi: 'Bỏ giao chỉ tiêu', en: 'Indicators unassigned' },
  'indicator.create': { vi: 'Thêm chỉ tiêu', en: 'Indicator added' },
  'indicator.update': { vi: 'Sửa chỉ tiêu', en: 'Indicator edited' },
  'indicator.delete': { vi: 'Xoá chỉ tiêu', en: 'Indicator deleted' },
  'system.seed_demo_reports': { vi: 'Nạp báo cáo mẫu', en: 'Demo reports loaded' },
  'report.create': { vi: 'Mở báo cáo', en: 'Report opened' },
  'report.save': { vi: 'Lưu số liệu báo cáo', en: 'Report values saved' },
  'report.import_excel': { vi: 'Nhập số liệu từ Excel', en: 'Values imported from Excel' },
  'report.evidence_add': { vi: 'Đính kèm minh chứng', en: 'Evidence attached' },
  'report.evidence_delete': { vi: 'Gỡ minh chứng', en: 'Evidence removed' },
  'report.submit': { vi: 'Gửi báo cáo', en: 'Report submitted' },
  'report.return': { vi: 'Trả lại báo cáo', en: 'Report returned' },
  'report.accept': { vi: 'Duyệt báo cáo', en: 'Report accepted' },
  'report.reopen': { vi: 'Mở lại báo cáo đã duyệt', en: 'Report reopened' },
  'schedule.save': { vi: 'Lưu đường găng tiến độ', en: 'Schedule saved' },
  'reminders.run': { vi: 'Gửi nhắc hạn báo cáo', en: 'Deadline reminders sent' },
};

/** For actions added on the server later: the verb after the last dot ("campaign.approve" → "Duyệt"). */
const VERBS: Record<string, Bi> = {
  create: { vi: 'Tạo mới', en: 'Created' },
  update: { vi: 'Cập nhật', en: 'Updated' },
  delete: { vi: 'Xoá', en: 'Deleted' },
  move: { vi: 'Chuyển', en: 'Moved' },
  deactivate: { vi: 'Ngừng hoạt động', en: 'Deactivated' },
  reactivate: { vi: 'Khôi phục', en: 'Reactivated' },
  submit: { vi: 'Gửi', en: 'Submitted' },
  approve: { vi: 'Duyệt', en: 'Approved' },
  reject: { vi: 'Trả lại', en: 'Returned' },
  publish: { vi: 'Ban hành', en: 'Published' },
  close: { vi: 'Kết thúc', en: 'Closed' },
  reopen: { vi: 'Mở lại', en: 'Reopened' },
  read: { vi: 'Xem', en: 'Viewed' },
};

const DENIED: Bi = { vi: 'Bị từ chối', en: 'Denied' };

export const FIELD_LABELS: Record<string, Bi> = {
  id: { vi: 'Mã số', en: 'Id' },
  name: { vi: 'Tên', en: 'Name' },
  code: { vi: 'Mã', en: 'Code' },
  kind: { vi: 'Loại đơn vị', en: 'Kind' },
  parentId: { vi: 'Đơn vị cấp trên (mã số)', en: 'Parent (id)' },
  path: { vi: 'Đường dẫn', en: 'Path' },
  depth: { vi: 'Cấp', en: 'Depth' },
  isActive: { vi: 'Đang hoạt động', en: 'Active' },
  sortOrder: { vi: 'Thứ tự hiển thị', en: 'Display order' },
  version: { vi: 'Phiên bản', en: 'Version' },
  createdAt: { vi: 'Ngày tạo', en: 'Created' },
  updatedAt: { vi: 'Cập nhật lúc', en: 'Updated' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  email: { vi: 'Email', en: 'Email' },
  unitId: { vi: 'Đơn vị (mã số)', en: 'Unit (id)' },
  unitName: { vi: 'Đơn vị', en: 'Unit' },
  userId: { vi: 'Người dùng (mã số)', en: 'User (id)' },
  role: { vi: 'Vai trò', en: 'Role' },
  assignments: { vi: 'Vai trò', en: 'Roles' },
  mustChangePassword: { vi: 'Phải đổi mật khẩu', en: 'Must change password' },
  lastLoginAt: { vi: 'Đăng nhập gần nhất', en: 'Last sign-in' },
  reason: { vi: 'Lý do', en: 'Reason' },
  sessionsEnded: { vi: 'Số phiên bị kết thúc', en: 'Sessions ended' },
  userAgent: { vi: 'Trình duyệt', en: 'Browser' },
  oldParentId: { vi: 'Cấp trên cũ (mã số)', en: 'Old parent (id)' },
  newParentId: { vi: 'Cấp trên mới (mã số)', en: 'New parent (id)' },
};

function pick(map: Record<string, Bi>, code: string, lang: Lang): string | undefined {
  return map[code]?.[lang];
}

export function entityLabel(code: string, lang: Lang): string {
  return pick(ENTITY_LABELS, code, lang) ?? code;
}

/** "denied:org.update" → "Bị từ chối: Sửa đơn vị". */
export function actionLabel(code: string, lang: Lang): string {
  if (code.startsWith('denied:')) return `${DENIED[lang]}: ${actionLabel(code.slice(7), lang)}`;
  const known = pick(ACTION_LABELS, code, lang);
  if (known) return known;
  const dot = code.lastIndexOf('.');
  const verb = dot >= 0 ? pick(VERBS, code.slice(dot + 1), lang) : undefined;
  if (!verb) return code;
  const entity = pick(ENTITY_LABELS, code.slice(0, dot), lang);
  return entity ? `${verb}: ${entity.toLowerCase()}` : verb;
}

export function fieldLabel(code: string, lang: Lang): string {
  return pick(FIELD_LABELS, code, lang) ?? code;
}

/** Tag colour by what kind of change it is. */
export function actionColor(code: string): string {
  if (code.startsWith('denied:') || code.endsWith('login_failed')) return 'error';
  if (code.endsWith('.create') || code.endsWith('reactivate') || code.endsWith('grant_role'))
    return 'success';
  if (code.endsWith('.delete') || code.endsWith('.deactivate') || code.endsWith('revoke_role'))
    return 'warning';
  if (code.startsWith('auth.')) return 'default';
  return 'processing';
}

/** The name the changed record had, read from the audit snapshot (after, else before), if it carries one. */
export function snapshotName(entry: { before: unknown; after: unknown }): string | undefined {
  for (const snap of [entry.after, entry.before]) {
    if (!snap || typeof snap !== 'object') continue;
    const r = snap as Record<string, unknown>;
    for (const key of ['name', 'fullName', 'username']) {
      const v = r[key];
      if (typeof v === 'string' && v) return v;
    }
  }
  return undefined;
}
