import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import { knowledgeVersion } from '../../store/stores';

export type Host = 'electron' | 'web' | 'cli';

/** What the status bar and `judgedesk info` show: the version, the knowledge pack, who is signed in. */
export class SystemService {
  constructor(
    private readonly appVersion: string,
    private readonly knowledge: Db,
  ) {}

  info(host: Host, actor: Actor) {
    return {
      appVersion: this.appVersion,
      offline: true as const,
      host,
      knowledgeVersion: knowledgeVersion(this.knowledge),
      user: { name: actor.displayName, roles: [...actor.roles] },
    };
  }
}
