import type { Role } from '../../../shared/contract/roles';

/** Who made a change: the signed-in user and the role the channel allowed them in. */
export interface Actor {
  user: string;
  role: Role;
}
