/**
 * Sends the e-mail outbox through SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example.gov.vn:587?from=thidua@…).
 * Without SMTP_URL mail stays queued (nothing is lost). A failed message is retried with back-off (1, 2, 4 … min,
 * at most 6 h); each message is claimed with FOR UPDATE SKIP LOCKED so two processes never send it twice.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Deps } from '../deps.ts';

export function smtpTransport(url: string): { transport: Transporter; from: string } {
  const u = new URL(url);
  const from = u.searchParams.get('from') ?? 'ThiĐua <no-reply@thidua.local>';
  u.searchParams.delete('from');
  return { transport: nodemailer.createTransport(u.toString()), from };
}

export async function sendPendingEmails(
  deps: Deps,
  smtp: { transport: Transporter; from: string } | null = deps.config.smtpUrl
    ? smtpTransport(deps.config.smtpUrl)
    : null,
  limit = 50,
): Promise<{ sent: number; failed: number }> {
  if (!smtp) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const now = deps.clock.now();
    // Claim one message with a 10-minute lease (short transaction), send outside it, then record the outcome.
    const m = await deps.database.raw.transaction(async (t) => {
      const rows = await t.query<{
        id: string;
        to_address: string;
        subject: string;
        body: string;
        attempts: number;
      }>(
        `SELECT id::text, to_address, subject, body, attempts FROM email_outbox
          WHERE sent_at IS NULL AND next_try_at <= $1 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now.toISOString()],
      );
      const row = rows[0];
      if (row)
        await t.query('UPDATE email_outbox SET next_try_at = $2 WHERE id = $1', [
          row.id,
          new Date(now.getTime() + 10 * 60_000).toISOString(),
        ]);
      return row;
    });
    if (!m) break;
    try {
      await smtp.transport.sendMail({ from: smtp.from, to: m.to_address, subject: m.subject, text: m.body });
      await deps.database.raw.transaction((t) =>
        t.query(
          'UPDATE email_outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1',
          [m.id, deps.clock.now().toISOString()],
        ),
      );
      sent++;
    } catch (e) {
      const wait = Math.min(2 ** m.attempts, 360) * 60_000;
      await deps.database.raw.transaction((t) =>
        t.query(
          'UPDATE email_outbox SET attempts = attempts + 1, last_error = $2, next_try_at = $3 WHERE id = $1',
          [
            m.id,
            String((e as Error).message ?? e).slice(0, 500),
            new Date(now.getTime() + wait).toISOString(),
          ],
        ),
      );
      failed++;
    }
  }
  return { sent, failed };
}
