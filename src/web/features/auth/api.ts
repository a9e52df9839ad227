import type { Me, OwnSession, SecondFactorChallenge, SecondFactorStatus, SignInOptions } from '../../../common/auth.js';
import { api } from '../../app/api.js';

export type { Me } from '../../../common/auth.js';

export interface Credentials {
  username: string;
  password: string;
}

export const fetchMe = () => api.get<Me>('/auth/me');
export const fetchSignInOptions = () => api.get<SignInOptions>('/auth/options');
/** Signed in, or (an account with a second factor) a challenge to answer with a code. */
export const login = (credentials: Credentials) => api.post<Me | SecondFactorChallenge>('/auth/login', credentials);
export const loginSecondFactor = (challenge: string, code: string) => api.post<Me>('/auth/login/second-factor', { challenge, code });
/** A session opened through single sign-on also signs out at the identity service, at the URL returned. */
export const logout = () => api.post<{ providerSignOutUrl: string | null }>('/auth/logout');
export const changePassword = (currentPassword: string, newPassword: string) => api.post<Me>('/auth/password', { currentPassword, newPassword });

export const fetchOwnSessions = () => api.get<OwnSession[]>('/auth/sessions');
export const endSession = (handle: string) => api.delete(`/auth/sessions/${handle}`);
export const endOtherSessions = () => api.post<{ ended: number }>('/auth/sessions/end-others');

export const fetchSecondFactor = () => api.get<SecondFactorStatus>('/auth/second-factor');
export const startSecondFactor = () => api.post<{ secret: string; uri: string; qrSvg: string }>('/auth/second-factor/setup');
export const confirmSecondFactor = (code: string) => api.post<{ recoveryCodes: string[] }>('/auth/second-factor/confirm', { code });
export const disableSecondFactor = (password: string, code: string) => api.post<undefined>('/auth/second-factor/disable', { password, code });
export const renewRecoveryCodes = (password: string, code: string) => api.post<{ recoveryCodes: string[] }>('/auth/second-factor/recovery-codes', { password, code });
