import type { Role, User } from '../../../common/units.js';
import { api } from '../../app/api.js';

export type UserAction = 'read' | 'manage' | 'disable';
export type ListedUser = User & { actions: UserAction[] };

export interface NewUser {
  username: string;
  fullName: string;
  email: string | null;
  unitId: number;
  role: Role;
  password: string;
}

export type UserChanges = Partial<Pick<NewUser, 'fullName' | 'email' | 'unitId' | 'role'> & { disabled: boolean }>;

export const fetchUsers = () => api.get<ListedUser[]>('/users');
export const createUser = (input: NewUser) => api.post<User>('/users', input);
export const updateUser = (id: number, changes: UserChanges) => api.patch<User>(`/users/${id}`, changes);
export const resetSecondFactor = (id: number) => api.post<undefined>(`/users/${id}/reset-second-factor`);
/** Without a password the server generates a temporary one and returns it, once. */
export const resetPassword = (id: number) =>
  api.post<{ temporaryPassword: string | null }>(`/users/${id}/reset-password`, {});
