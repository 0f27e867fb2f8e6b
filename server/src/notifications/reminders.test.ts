import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../test/harness.ts';
import { sendPendingEmails, smtpTransport } from './mailer.ts';
import { runReminders } from './reminders.ts';

/** A local SMTP sink that keeps every message it receives. */
function smtpSink() {
  const received: { to: string[]; raw: string }[] = [];
  let fail = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (fail) return cb(new Error('mailbox unavailable'));
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  return {
    received,
    setFail: (v: boolean) => {
      fail = v;
    },
    start: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const DAY = 24 * 3600_000;
let env: TestEnv;
const sink = smtpSink();
let smtp: ReturnType<typeof smtpTransport>;

beforeAll(async () => {
  env = await createTestEnv();
  const port = await sink.start();
  smtp = smtpTransport(`smtp://127.0.0.1:${port}?from=thidua@donghai.gov.vn`);
  await env.sql("UPDATE users SET email = 'to7@donghai.gov.vn' WHERE username = 'reporter'");
  await env.sql("UPDATE users SET email = 'vanphong@donghai.gov.vn' WHERE username = 'office'");
});
afterAll(async () => {
  smtp.transport.close();
  await sink.stop();
  await env.close();
});

const notices = (username: string) =>
  env.sql(
    `SELECT n.kind, n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = $1 ORDER BY n.id`,
    [username],
  );

describe('deadline reminders', () => {
  it('reminds nobody far from a deadline', async () => {
    // 1/10/2025: September is due 5/10, 2 days before = 3/10.
    expect((await runReminders(env.deps)).notices).toBe(0);
  });

  it('reminds each unit once, N days before the deadline', async () => {
    env.clock.advance(2 * DAY); // 3/10
    const first = await runReminders(env.deps);
    expect(first.notices).toBe(2); // the reporter and the head of Tổ dân phố 7: the only unit accounts in the demo
    const again = await runReminders(env.deps);
    expect(again.notices).toBe(0);
    expect(await notices('reporter')).toEqual([
      { kind: 'reminder.before', title: 'Sắp đến hạn báo cáo Tháng 9/2025 (hạn 05/10/2025)' },
    ]);
  });

  it('sends the e-mail through SMTP, once, with Vietnamese text intact', async () => {
    const r = await sendPendingEmails(env.deps, smtp);
    expect(r.failed).toBe(0);
    expect(r.sent).toBeGreaterThanOrEqual(1);
    const mine = sink.received.filter((m) => m.to.includes('to7@donghai.gov.vn'));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.raw).toContain('Subject: =?UTF-8?');
    expect(await sendPendingEmails(env.deps, smtp)).toEqual({ sent: 0, failed: 0 });
    const outbox = await env.sql('SELECT count(*)::int AS n FROM email_outbox WHERE sent_at IS NULL');
    expect(outbox[0].n).toBe(0);
  });

  it('does not remind a unit that has submitted; reminds late ones after the deadline, and the office', async () => {
    const reporter = await env.as('reporter');
    const c = (await reporter.get('/api/reports/mine')).body.items.find((i: any) => i.periodId === '2025-09');
    const opened = await reporter.post('/api/reports', {
      campaignId: c.campaignId,
      unitId: c.unitId,
      periodId: '2025-09',
    });
    const rows = opened.body.rows;
    const values = rows
      .filter((r: any) => r.due)
      .map((r: any) =>
        r.indicator.kind === 'ratio'
          ? { indicatorId: r.indicator.id, numerator: 1, denominator: 2 }
          : { indicatorId: r.indicator.id, value: 1 },
      );
    const saved = await reporter.put(`/api/reports/${opened.body.id}/values`, {
      version: opened.body.version,
      values,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const ev = await reporter.upload(
      `/api/reports/${opened.body.id}/evidence`,
      { name: 'a.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
      { indicatorId: String(rows.find((r: any) => r.indicator.code === 'CT08').indicator.id) },
    );
    expect(ev.status).toBe(201);
    const sub = await reporter.post(`/api/reports/${opened.body.id}/submit`, { version: saved.body.version });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    env.clock.advance(4 * DAY); // 7/10: two days past 5/10
    await runReminders(env.deps);
    const mine = await notices('reporter');
    expect(mine.some((n) => n.kind === 'reminder.after')).toBe(false);
    const late = await env.sql(
      `SELECT n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'unithead' AND n.kind = 'reminder.after'`,
    );
    expect(late).toEqual([]); // unithead is in Tổ dân phố 7 too, which has submitted
    const office = await notices('office');
    const summary = office.find((n) => n.kind === 'reminder.office');
    expect(summary?.title).toMatch(/^\d+ đơn vị chưa nộp báo cáo Tháng 9\/2025$/);
    expect(summary?.title).not.toContain('Tổ dân phố 7');
    const link = await env.sql("SELECT link FROM notifications WHERE kind = 'reminder.office' LIMIT 1");
    expect(link[0].link).toMatch(/^\/tiep-nhan-bao-cao\?dot=\d+&ky=2025-09&han=missing$/);
  });

  it('keeps mail queued and retries later when the SMTP server refuses it', async () => {
    await env.sql(
      "INSERT INTO email_outbox (to_address, subject, body, next_try_at) VALUES ('x@donghai.gov.vn', 'Thử', 'Nội dung', '2025-01-01')",
    );
    sink.setFail(true);
    const r = await sendPendingEmails(env.deps, smtp);
    expect(r.sent).toBe(0);
    expect(r.failed).toBeGreaterThanOrEqual(1);
    const row = (
      await env.sql(
        "SELECT attempts, last_error, sent_at FROM email_outbox WHERE to_address = 'x@donghai.gov.vn'",
      )
    )[0];
    expect(row).toMatchObject({ attempts: 1, sent_at: null });
    expect(row.last_error).toContain('mailbox unavailable');
    sink.setFail(false);
    expect((await sendPendingEmails(env.deps, smtp)).sent).toBe(0); // not before its back-off
    env.clock.advance(2 * 60_000);
    expect((await sendPendingEmails(env.deps, smtp)).sent).toBeGreaterThanOrEqual(1);
  });
});
