/** Vietnamese text of the notification bell (spread into app/locales/vi.ts). Keep full diacritics, NFC. */
export const notificationsVi = {
  notifications: {
    title: 'Thông báo',
    bell: 'Thông báo',
    bellUnread: 'Thông báo: {{count}} chưa đọc',
    markAll: 'Đánh dấu đã đọc tất cả',
    empty: 'Chưa có thông báo nào',
    loadFailed: 'Không tải được thông báo. Hệ thống sẽ thử lại sau ít phút.',
    justNow: 'Vừa xong',
    minutesAgo: '{{count}} phút trước',
    hoursAgo: '{{count}} giờ trước',
    daysAgo: '{{count}} ngày trước',
  },
};

export type NotificationsTranslations = typeof notificationsVi;
