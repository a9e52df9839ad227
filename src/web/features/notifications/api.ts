import type { Notification } from '../../../common/tasks.js';
import { api } from '../../app/api.js';

export interface NotificationList {
  unread: number;
  items: Notification[];
}

export const fetchNotifications = () => api.get<NotificationList>('/notifications?limit=30');
export const markRead = (id: number) => api.post<Notification>(`/notifications/${id}/read`);
export const markAllRead = () => api.post<undefined>('/notifications/read-all');
