import type { Actor, Role } from '../../shared/contract/roles';

/** Who is calling, as the host knows it: until accounts exist, one local profile holds every role. */
export interface CallerContext {
  /** The account id; the display name stands in for it until accounts exist. */
  userId?: string;
  user: string;
  roles: readonly Role[];
  host: 'electron' | 'web' | 'cli';
}

export const localProfileName = '本机用户';

export function localCaller(host: CallerContext['host']): CallerContext {
  return { userId: 'local', user: localProfileName, roles: ['judge', 'clerk', 'admin'], host };
}

/** The actor of one call: the caller acting in `role` (the first role the channel allows). */
export function actorOf(caller: CallerContext, role: Role): Actor {
  return { userId: caller.userId ?? caller.user, displayName: caller.user, roles: caller.roles, role };
}
