import type { NotificationsTranslations } from './vi.ts';

/** English text of the notification bell (spread into app/locales/en.ts); same shape as the Vietnamese file. */
export const notificationsEn: NotificationsTranslations = {
  notifications: {
    title: 'Notifications',
    bell: 'Notifications',
    bellUnread: 'Notifications: {{count}} unread',
    markAll: 'Mark all as read',
    empty: 'No notifications yet',
    loadFailed: 'Could not load notifications. We will try again in a minute.',
    justNow: 'Just now',
    minutesAgo: '{{count}} min ago',
    hoursAgo: '{{count}} h ago',
    daysAgo: '{{count}} d ago',
  },
};
