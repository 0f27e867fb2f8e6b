/** Placeholder: being built. */
export function NotificationBell() {
  return null;
}
