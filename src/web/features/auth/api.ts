import type { User } from '../../../common/units.js';
import { api } from '../../app/api.js';

export interface Me {
  user: User;
  csrfToken: string;
}

export interface Credentials {
  username: string;
  password: string;
}

export const fetchMe = () => api.get<Me>('/auth/me');
export const login = (credentials: Credentials) => api.post<Me>('/auth/login', credentials);
export const logout = () => api.post<undefined>('/auth/logout');
