import type { z } from 'zod';
import type { AiOutputDraft } from '../../shared/contract/ai-output';
import type { AiFeature } from '../../shared/contract/ai-features';
import type { ChannelDef } from '../../shared/contract/channel';
import type { Actor } from '../../shared/contract/roles';
import type { CallerContext } from './caller';
import type { Services } from './services';

export interface HandlerContext {
  /** Which host the call came through (system.info reports it). */
  host: CallerContext['host'];
  /** Who acts, in which role: pass this to the service. */
  actor: Actor;
  services: Services;
}

/**
 * The value a handler returns. For AI channels it also returns `ai` (model id, version, sha256,
 * confidence, summary) and may name the case; the dispatcher audits it and completes `ai`.
 */
export type HandlerResult<C extends ChannelDef> =
  C extends ChannelDef<z.ZodType, z.ZodType, infer F>
    ? [F] extends [AiFeature]
      ? Omit<z.output<C['response']>, 'ai'> & { ai: AiOutputDraft; caseId?: string | null }
      : z.output<C['response']>
    : never;

export interface Route<C extends ChannelDef = ChannelDef> {
  channel: C;
  handle(request: z.output<C['request']>, context: HandlerContext): HandlerResult<C> | Promise<HandlerResult<C>>;
}

/** Typed at the definition site; stored untyped in the route table. */
export function route<C extends ChannelDef>(channel: C, handle: Route<C>['handle']): Route {
  return { channel, handle } as unknown as Route;
}
