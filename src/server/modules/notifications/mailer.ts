// The e-mail channel: when SMTP_URL is set, new notifications also go to the recipient's address.
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { Db } from '../../db/index.js';
import type { NotificationRow } from './schema.js';

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

const DEFAULT_FROM = 'Hải Đăng <no-reply@localhost>';

/** A mailer over SMTP, or null when no SMTP server is configured. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  const from = config.mailFrom ?? DEFAULT_FROM;
  return {
    send: async (message) => {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}

export interface MailRun {
  emailed: number;
  /** Addresses that failed; the in-app notification stands either way. */
  failed: { to: string; error: string }[];
}

/** E-mails each notification to its recipient, when they have an address. */
export async function emailNotifications(db: Db, mailer: Mailer, notifications: NotificationRow[]): Promise<MailRun> {
  const run: MailRun = { emailed: 0, failed: [] };
  const userIds = [...new Set(notifications.map((notification) => notification.user_id))];
  if (userIds.length === 0) return run;
  const users = await db.selectFrom('users').select(['id', 'email']).where('id', 'in', userIds).where('disabled', '=', 0).execute();
  const addresses = new Map(users.flatMap((user) => (user.email ? [[user.id, user.email] as const] : [])));
  for (const notification of notifications) {
    const to = addresses.get(notification.user_id);
    if (!to) continue;
    const text = [notification.body, notification.link && `Mở trong Hải Đăng: ${notification.link}`].filter(Boolean).join('\n\n');
    try {
      await mailer.send({ to, subject: notification.title, text });
      run.emailed += 1;
    } catch (error) {
      run.failed.push({ to, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}
