/** Notification calls (/api/notifications…): the user's own list, marking one or all as read. */
import type { NotificationList } from '@thidua/shared';
import { api } from '../../lib/api.ts';

/** The list as the server sends it: newest first, with the number still unread. */
export type NotificationListData = ReturnType<(typeof NotificationList)['parse']>;
/** One notification (title, body, link into the app, read time). */
export type NotificationItem = NotificationListData['items'][number];

export const listNotifications = (signal?: AbortSignal) =>
  api.get<NotificationListData>('/notifications', undefined, signal);
export const markNotificationRead = (id: number) => api.post<void>(`/notifications/${id}/read`);
export const markAllNotificationsRead = () => api.post<void>('/notifications/read-all');
