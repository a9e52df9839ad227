import type { Notification } from '../../../common/tasks.js';
import type { NotificationRow } from './schema.js';

export const presentNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  entity: row.entity,
  entityId: row.entity_id,
  createdAt: row.created_at,
  readAt: row.read_at,
});
