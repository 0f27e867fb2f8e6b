/** The in-process worker: reminders and the e-mail outbox, every THIDUA_REMINDER_INTERVAL_MINUTES (default 60). */
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../deps.ts';
import { sendPendingEmails } from './mailer.ts';
import { runReminders } from './reminders.ts';

export function startBackgroundWork(deps: Deps, log: FastifyBaseLogger): () => void {
  const minutes = deps.config.reminderIntervalMinutes;
  if (minutes <= 0) return () => {};
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await runReminders(deps);
      const m = await sendPendingEmails(deps);
      if (r.notices || m.sent || m.failed) log.info({ reminders: r.notices, mail: m }, 'background work');
    } catch (e) {
      log.error({ err: e }, 'background work failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, minutes * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
