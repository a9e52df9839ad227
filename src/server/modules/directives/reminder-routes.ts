// Reminders run when the server starts and every hour (not in tests), and when a coordinator asks;
// the same hourly run keeps the working calendar (the next year proposed from 1 October, the notice
// of a year not confirmed) and reminds units of the monthly reports due (reporting/reminders.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { keepHolidayCalendar } from '../holidays/schedule.js';
import { createMailer } from '../notifications/mailer.js';
import { reminderPolicy } from './policy.js';
import { sendDueReportReminders } from '../reporting/reminders.js';
import { sendDueReminders } from './reminders.js';

const HOUR_MS = 3_600_000;

export const reminderRoutes: FastifyPluginAsyncZod<{ schedule: boolean }> = async (app, options) => {
  const mailer = createMailer(app.config);

  app.post(
    '/reminders/run',
    {
      schema: {
        tags: ['directives'],
        summary: 'Gửi nhắc việc đến hạn, quá hạn ngay bây giờ (điều phối viên); không gửi lặp',
        body: z.object({ withinDays: z.number().int().min(0).max(90).default(7) }).default({ withinDays: 7 }),
        response: { 200: z.object({ created: z.number().int(), emailed: z.number().int(), failed: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      reminderPolicy.authorize(actor, 'run', actor.unitId);
      const run = await sendDueReminders(app.db, app.clock.now(), { withinDays: request.body.withinDays, mailer, cityIds: actor.jurisdiction });
      return { created: run.created, emailed: run.emailed, failed: run.failed.length };
    },
  );

  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = sendDueReminders(app.db, app.clock.now(), { mailer })
      .then(async (run) => {
        for (const failure of run.failed) app.log.warn({ to: failure.to, err: failure.error }, 'reminder e-mail failed');
        if (run.created > 0) app.log.info({ created: run.created, emailed: run.emailed }, 'reminders sent');
        // Monthly reports of every open period, those of a newly issued plan included.
        const reports = await sendDueReportReminders(app.db, app.clock.now());
        if (reports > 0) app.log.info({ created: reports }, 'report reminders sent');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'reminder run failed'))
      .then(() => keepHolidayCalendar(app.db, app.clock.now(), mailer))
      .then((run) => {
        for (const failure of run.failed) app.log.warn({ to: failure.to, err: failure.error }, 'calendar notice e-mail failed');
        if (run.proposed.length > 0 || run.created > 0) app.log.info({ proposed: run.proposed, notices: run.created }, 'holiday calendar kept');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'holiday calendar run failed'));
  };
  if (options.schedule) {
    app.addHook('onReady', async () => {
      tick();
      timer = setInterval(tick, HOUR_MS);
    });
  }
  // Stop the clock and let a run under way finish before the mailer and the database close.
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
    mailer?.close();
  });
};
