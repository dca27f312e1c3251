import type { Role } from '../../shared/contract/roles';

/** Who is calling: until accounts exist, one local profile holds every role (see accounts issue). */
export interface CallerContext {
  user: string;
  roles: readonly Role[];
  host: 'electron' | 'web' | 'cli';
}

export const localProfileName = '本机用户';

export function localCaller(host: CallerContext['host']): CallerContext {
  return { user: localProfileName, roles: ['judge', 'clerk', 'admin'], host };
}
