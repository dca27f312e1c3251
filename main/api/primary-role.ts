import type { Role } from '../../shared/contract/roles';
import type { CallerContext } from './caller';

/** The role an action is recorded under: the caller's first role the channel allows. */
export function primaryRole(caller: CallerContext, allowed: readonly Role[]): Role {
  const role = caller.roles.find((r) => allowed.includes(r));
  if (!role) throw new Error('调用者没有该接口允许的角色');
  return role;
}
