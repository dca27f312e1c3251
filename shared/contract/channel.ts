import './zod-locale';
import type { z } from 'zod';
import type { AiFeature } from './ai-features';
import type { Role } from './roles';

/**
 * One renderer↔main call. Defined once here; the main side validates the request with `request`,
 * checks `roles`, refuses with AI_DISABLED when `aiFeature` is switched off, and the renderer
 * types its calls from the same definition.
 */
export interface ChannelDef<
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
  F extends AiFeature | undefined = AiFeature | undefined,
> {
  name: string;
  /** What the channel does, in Chinese, for the audit page and error messages. */
  title: string;
  request: Req;
  response: Res;
  roles: readonly Role[];
  /** Set for channels that produce AI output: they obey that feature's switch. */
  aiFeature?: F;
}

/** Keeps `aiFeature` as a literal type, so handlers of AI channels are typed as such. */
export function defineChannel<Req extends z.ZodType, Res extends z.ZodType, F extends AiFeature | undefined = undefined>(
  def: ChannelDef<Req, Res, F>,
): ChannelDef<Req, Res, F> {
  return def;
}

export type RequestOf<C> = C extends ChannelDef<infer Req, z.ZodType, AiFeature | undefined> ? z.input<Req> : never;
export type ResponseOf<C> = C extends ChannelDef<z.ZodType, infer Res, AiFeature | undefined> ? z.output<Res> : never;
