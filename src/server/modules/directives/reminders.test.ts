import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock.js';
import { createMailer } from '../notifications/mailer.js';
import { createTestApp, signIn, type Session, type TestApp, testDialects } from '../../test/harness.js';
import { loadWorkCalendar } from '../../lib/working-days.js';
import { dueSoonHorizon, sendDueReminders } from './reminders.js';

// 10:00 on 20/9/2024 in Vietnam.
const NOW = '2024-09-20T03:00:00Z';
const at = (iso: string) => new Date(iso);

interface Received {
  to: string[];
  data: string;
}

/** A local SMTP server that keeps what it receives. */
async function startSmtp(): Promise<{ port: number; received: Received[]; stop(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(testDialects)('reminders on %s', (dialect) => {
  let t: TestApp;
  let vhtt: Session;
  let taskId: number;
  const userId = async (username: string) =>
    (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const keysFor = async (username: string) =>
    (await t.database.db.selectFrom('notifications').select('dedupe_key').where('user_id', '=', await userId(username)).execute()).map((row) => row.dedupe_key);

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock(NOW) });
    vhtt = await signIn(t.app, 'vhtt');
    const p7 = await t.database.db.selectFrom('units').select('id').where('code', '=', 'VT-P07').executeTakeFirstOrThrow();
    taskId = (await vhtt.post('/api/tasks', { title: 'Lắp camera giám sát Phường 7', leadUnitId: p7.id, dueDate: '2024-09-25' })).json<{ id: number }>().id;
  });
  afterAll(() => t.close());

  it('reminds the owner unit and the coordinator once, however often it runs', async () => {
    const first = await sendDueReminders(t.database.db, at(NOW));
    expect(first.created).toBeGreaterThan(0);
    const again = await sendDueReminders(t.database.db, at('2024-09-20T09:00:00Z'));
    expect(again.created).toBe(0);
    const key = `task:${taskId}:due_soon:2024-09-25:u${await userId('canbo.p7')}`;
    expect(await keysFor('canbo.p7')).toEqual([key]);
    expect(await keysFor('vhtt')).toContain(`task:${taskId}:due_soon:2024-09-25:u${await userId('vhtt')}`);
    expect(await keysFor('canbo.thangtam')).toEqual([]);
    expect(await keysFor('xem')).toEqual([]);
    const [notice] = (await (await signIn(t.app, 'canbo.p7')).get('/api/notifications')).json<{ items: { title: string; link: string }[] }>().items;
    // Friday 20/09 to Wednesday 25/09: 5 days, of which 3 working days (23, 24, 25).
    expect(notice).toMatchObject({ title: 'Nhiệm vụ còn 5 ngày (3 ngày làm việc) đến hạn: Lắp camera giám sát Phường 7', link: `/tasks/${taskId}` });
  });

  it('sends an overdue reminder once overdue, then weekly, and a new one after a rescheduling', async () => {
    const p7 = await userId('canbo.p7');
    await sendDueReminders(t.database.db, at('2024-09-26T03:00:00Z'));
    await sendDueReminders(t.database.db, at('2024-10-02T03:00:00Z'));
    expect(await keysFor('canbo.p7')).toContain(`task:${taskId}:overdue:2024-09-25:w0:u${p7}`);
    expect((await keysFor('canbo.p7')).filter((key) => key?.includes('overdue'))).toHaveLength(1);
    await sendDueReminders(t.database.db, at('2024-10-03T03:00:00Z'));
    expect(await keysFor('canbo.p7')).toContain(`task:${taskId}:overdue:2024-09-25:w1:u${p7}`);
    await vhtt.post(`/api/tasks/${taskId}/reschedule`, { dueDate: '2024-10-05', reason: 'Chờ thiết bị' });
    await sendDueReminders(t.database.db, at('2024-10-03T03:00:00Z'));
    expect(await keysFor('canbo.p7')).toContain(`task:${taskId}:due_soon:2024-10-05:u${p7}`);
  });

  it('e-mails new reminders through the configured SMTP server', async () => {
    const smtp = await startSmtp();
    await t.database.db.updateTable('users').set({ email: 'canbo.p7@vungtau.gov.vn' }).where('username', '=', 'canbo.p7').execute();
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Hải Đăng <haidang@vungtau.gov.vn>' });
    try {
      const run = await sendDueReminders(t.database.db, at('2024-10-12T03:00:00Z'), { mailer });
      expect(run.failed).toEqual([]);
      expect(run.emailed).toBeGreaterThan(0);
      const mail = smtp.received.find((message) => message.to.includes('canbo.p7@vungtau.gov.vn'));
      expect(mail?.data).toMatch(/From: =\?UTF-8\?.*<haidang@vungtau.gov.vn>/);
      expect(mail?.data).toContain(`/tasks/${taskId}`);
      const again = await sendDueReminders(t.database.db, at('2024-10-12T04:00:00Z'), { mailer });
      expect(again).toMatchObject({ created: 0, emailed: 0 });
    } finally {
      mailer?.close();
      await smtp.stop();
    }
  });

  it('lets only a coordinator run the reminders on demand', async () => {
    expect((await (await signIn(t.app, 'lanhdao')).post('/api/reminders/run', {})).statusCode).toBe(403);
    expect((await (await signIn(t.app, 'canbo.p7')).post('/api/reminders/run', {})).statusCode).toBe(403);
    const response = await vhtt.post('/api/reminders/run', { withinDays: 30 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: expect.any(Number), emailed: 0, failed: 0 });
  });

  it('warns before Tết of a task due just after it, on the calendar computed for a year nobody typed in', async () => {
    const p7 = await t.database.db.selectFrom('units').select('id').where('code', '=', 'VT-P07').executeTakeFirstOrThrow();
    const id = (await vhtt.post('/api/tasks', { title: 'Báo cáo sau Tết', leadUnitId: p7.id, dueDate: '2027-02-12' })).json<{ id: number }>().id;
    // Last, as it moves the clock past every other item. Monday 01/02/2027: the break is 04/02 to
    // 10/02, so 12/02 is the 4th working day, within a week's five; a plain 7-day window would first
    // warn on 05/02, inside the break.
    expect(dueSoonHorizon(await loadWorkCalendar(t.database.db), '2027-02-01', 7)).toBe('2027-02-15');
    await sendDueReminders(t.database.db, at('2027-02-01T03:00:00Z'));
    const [notice] = await t.database.db.selectFrom('notifications').select('title').where('entity', '=', 'task').where('entity_id', '=', String(id)).execute();
    expect(notice?.title).toBe('Nhiệm vụ còn 11 ngày (4 ngày làm việc) đến hạn: Báo cáo sau Tết');
  });
});
