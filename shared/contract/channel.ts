import './zod-locale';
import type { z } from 'zod';
import type { AiFeature } from './ai-features';
import type { Role } from './roles';

/**
 * One renderer↔main call. Defined once here; the main side validates the request with `request`,
 * checks `roles`, refuses with AI_DISABLED when `aiFeature` is switched off, and the renderer
 * types its calls from the same definition.
 */
export interface ChannelDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  name: string;
  /** What the channel does, in Chinese, for the audit page and error messages. */
  title: string;
  request: Req;
  response: Res;
  roles: readonly Role[];
  /** Set for channels that produce AI output: they obey that feature's switch. */
  aiFeature?: AiFeature;
}

export function defineChannel<Req extends z.ZodType, Res extends z.ZodType>(
  def: ChannelDef<Req, Res>,
): ChannelDef<Req, Res> {
  return def;
}

export type RequestOf<C> = C extends ChannelDef<infer Req, z.ZodType> ? z.input<Req> : never;
export type ResponseOf<C> = C extends ChannelDef<z.ZodType, infer Res> ? z.output<Res> : never;
