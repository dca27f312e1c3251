/** 法官 judge, 书记员 clerk, 管理员 admin. */
export const roles = ['judge', 'clerk', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  judge: '法官',
  clerk: '书记员',
  admin: '管理员',
};

export const allRoles: readonly Role[] = roles;
