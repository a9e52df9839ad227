// A notification is its recipient's alone.
import { type Actor, definePolicy } from '../../lib/policy.js';

export const notificationPolicy = definePolicy({
  read: (actor: Actor, notification: { userId: number }) => actor.id === notification.userId,
});
