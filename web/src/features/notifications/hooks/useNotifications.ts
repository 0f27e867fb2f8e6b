import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationListData,
} from '../api.ts';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
/** How often the bell asks for news while the page is open. */
const POLL_MS = 60_000;

/** The user's notifications, polled every minute while the tab is visible. */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ signal }) => listNotifications(signal),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 30_000,
    retry: 1,
  });
}

/** Marks as read locally at once (the badge drops without waiting), then confirms with the server. */
export function useNotificationActions() {
  const qc = useQueryClient();
  const patch = (fn: (d: NotificationListData) => NotificationListData) => {
    const before = qc.getQueryData<NotificationListData>(NOTIFICATIONS_KEY);
    if (before) qc.setQueryData(NOTIFICATIONS_KEY, fn(before));
    return { before };
  };
  const restore = (_e: unknown, _v: unknown, ctx: { before?: NotificationListData } | undefined) => {
    if (ctx?.before) qc.setQueryData(NOTIFICATIONS_KEY, ctx.before);
  };
  const settle = () => void qc.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const now = () => new Date().toISOString();
  return {
    markRead: useMutation({
      mutationFn: (id: number) => markNotificationRead(id),
      onMutate: async (id) => {
        await qc.cancelQueries({ queryKey: NOTIFICATIONS_KEY });
        return patch((d) => {
          const wasUnread = d.items.some((n) => n.id === id && n.readAt === null);
          return {
            items: d.items.map((n) => (n.id === id && n.readAt === null ? { ...n, readAt: now() } : n)),
            unread: Math.max(0, d.unread - (wasUnread ? 1 : 0)),
          };
        });
      },
      onError: restore,
      onSettled: settle,
    }),
    markAllRead: useMutation({
      mutationFn: () => markAllNotificationsRead(),
      onMutate: async () => {
        await qc.cancelQueries({ queryKey: NOTIFICATIONS_KEY });
        return patch((d) => ({
          items: d.items.map((n) => ({ ...n, readAt: n.readAt ?? now() })),
          unread: 0,
        }));
      },
      onError: restore,
      onSettled: settle,
    }),
  };
}
