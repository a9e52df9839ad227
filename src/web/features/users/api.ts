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

export interface UserIdentity {
  id: number;
  issuer: string;
  claim: 'sub' | 'email';
  value: string;
  createdAt: string;
}
export const fetchIdentities = (id: number) => api.get<UserIdentity[]>(`/users/${id}/identities`);
export const addIdentity = (id: number, identity: Pick<UserIdentity, 'claim' | 'value'>) => api.post<UserIdentity>(`/users/${id}/identities`, identity);
export const removeIdentity = (id: number, identityId: number) => api.delete(`/users/${id}/identities/${identityId}`);
