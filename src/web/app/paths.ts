import type { Role } from '../../common/units.js';

export const paths = {
  login: '/dang-nhap',
  plan: '/ke-hoach',
  units: '/don-vi',
  users: '/nguoi-dung',
} as const;

/** Who gets the users page: the roles that see the accounts of their whole city. */
export const usersPageRoles: readonly Role[] = ['admin', 'leader', 'coordinator'];
