// Reminders run when the server starts and every hour (not in tests), and when a coordinator asks.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMailer } from '../notifications/mailer.js';
import { reminderPolicy } from './policy.js';
import { sendDueReminders } from './reminders.js';

const HOUR_MS = 3_600_000;

export const reminderRoutes: FastifyPluginAsyncZod<{ schedule: boolean }> = async (app, options) => {
  const mailer = createMailer(app.config);
  app.addHook('onClose', async () => mailer?.close());

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

  if (!options.schedule) return;
  const tick = () =>
    sendDueReminders(app.db, app.clock.now(), { mailer })
      .then((run) => {
        for (const failure of run.failed) app.log.warn({ to: failure.to, err: failure.error }, 'reminder e-mail failed');
        if (run.created > 0) app.log.info({ created: run.created, emailed: run.emailed }, 'reminders sent');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'reminder run failed'));
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    void tick();
    timer = setInterval(() => void tick(), HOUR_MS);
  });
  app.addHook('onClose', async () => clearInterval(timer));
};
