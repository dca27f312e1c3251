/** 法官 judge, 书记员 clerk, 管理员 admin. */
export const roles = ['judge', 'clerk', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  judge: '法官',
  clerk: '书记员',
  admin: '管理员',
};

export const allRoles: readonly Role[] = roles;

/**
 * Who is acting in one call: made by the dispatcher from the signed-in caller and passed to
 * every service, so each audit entry and each stored change names the same person and role.
 */
export interface Actor {
  /** The account's stable id (the one local profile until accounts exist). */
  userId: string;
  /** The name shown in the audit log and on documents. */
  displayName: string;
  /** Every role the person holds. */
  roles: readonly Role[];
  /** The role this call acts in: the first of `roles` that the channel allows. */
  role: Role;
}
