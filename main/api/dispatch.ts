import { ZodError } from 'zod';
import type { z } from 'zod';
import { aiNotice } from '../../shared/contract/ai-output';
import { aiFeatureLabels } from '../../shared/contract/ai-features';
import type { ChannelDef } from '../../shared/contract/channel';
import type { Result } from '../../shared/contract/result';
import { fail, ok } from '../../shared/contract/result';
import { canonicalJson } from '../../shared/domain/canonical-json';
import { sha256Hex } from '../services/audit';
import { Refusal } from '../../shared/contract/refusal';
import type { Actor } from '../../shared/contract/roles';
import type { CallerContext } from './caller';
import { actorOf } from './caller';
import { systemErrorMessage } from './system-error';
import type { Route } from './route';
import type { Services } from './services';
import { validationMessage } from './validation-message';

export interface Api {
  invoke(channel: string, payload: unknown, caller: CallerContext): Promise<Result<unknown>>;
}

/**
 * The one door into main: unknown channel → role → request schema → AI switch → handler →
 * audit of AI output → response schema. Nothing a caller sends can throw past this function.
 */
export function createApi(services: Services, routes: readonly Route[]): Api {
  const table = new Map(routes.map((r) => [r.channel.name, r]));

  async function invoke(name: string, payload: unknown, caller: CallerContext): Promise<Result<unknown>> {
    const route = typeof name === 'string' ? table.get(name) : undefined;
    // String(name) throws for a null-prototype object: name non-strings by their type.
    if (!route) return fail('UNKNOWN_CHANNEL', `未知的接口：${typeof name === 'string' ? name.slice(0, 80) : typeof name}`);
    const { channel } = route;

    const role = caller.roles.find((r) => channel.roles.includes(r));
    if (!role) return fail('FORBIDDEN', `当前用户无权执行「${channel.title}」`);

    const parsed = channel.request.safeParse(payload);
    if (!parsed.success) return fail('VALIDATION', validationMessage(channel.title, parsed.error));

    if (channel.aiFeature && !services.aiSwitches.isEnabled(channel.aiFeature)) {
      return fail('AI_DISABLED', `「${aiFeatureLabels[channel.aiFeature]}」AI辅助已关闭，请使用人工工具`);
    }

    const actor = actorOf(caller, role);
    let value: unknown;
    try {
      value = await route.handle(parsed.data, { host: caller.host, actor, services });
    } catch (error) {
      return refusalResult(channel, error);
    }

    if (channel.aiFeature) return auditedAiResult(services, actor, channel, parsed.data, value);

    const checked = channel.response.safeParse(value);
    if (!checked.success) return outsideContract(channel, checked.error);
    return ok(checked.data);
  }

  return { invoke };
}

/** Every error a handler throws becomes one reply here: refusals as they are, the rest in words a user can act on. */
function refusalResult(channel: ChannelDef, error: unknown): Result<never> {
  if (error instanceof Refusal) return fail(error.code, error.message, error.field);
  const system = systemErrorMessage(channel.title, error);
  if (system) {
    console.error(`[api] ${channel.name} failed`, error);
    return fail(system.code, system.message);
  }
  console.error(`[api] ${channel.name} failed`, error);
  return fail('INTERNAL', `「${channel.title}」执行失败：${error instanceof Error ? error.message : String(error)}`);
}

function outsideContract(channel: ChannelDef, error: z.ZodError): Result<never> {
  console.error(`[api] ${channel.name} answered outside its contract`, error.issues);
  return fail('INTERNAL', `「${channel.title}」的返回结果不符合接口约定`);
}

/**
 * Every AI output is an audit entry before the user sees it, and only output the user can see is
 * audited: the response is checked against the contract first (with a placeholder seq), then
 * the entry is written and its seq goes back with the output. A malformed AI output or a failed
 * audit write answers INTERNAL, never throws past invoke, never reaches the user unaudited.
 */
function auditedAiResult(services: Services, actor: Actor, channel: ChannelDef, request: unknown, value: unknown): Result<unknown> {
  const { ai, caseId, ...rest } = (value ?? {}) as {
    ai?: { modelId: string; modelVersion: string; modelSha256: string; confidence: number; summary: string };
    caseId?: string | null;
  };
  const candidate = channel.response.safeParse({ ...rest, ai: { ...ai, notice: aiNotice, auditSeq: 0 } });
  if (!ai || !candidate.success) return outsideContract(channel, candidate.error ?? new ZodError([]));
  try {
    const entry = appendAiOutput(services, actor, channel.aiFeature as string, request, ai, caseId ?? null);
    const output = candidate.data as { ai: { auditSeq: number } };
    return ok({ ...output, ai: { ...output.ai, auditSeq: entry.seq } });
  } catch (error) {
    console.error(`[api] ${channel.name} AI output not audited`, error);
    return fail('INTERNAL', `「${channel.title}」的AI输出未能记入审计日志：${error instanceof Error ? error.message : String(error)}`);
  }
}

function appendAiOutput(
  services: Services,
  actor: Actor,
  feature: string,
  request: unknown,
  ai: { modelId: string; modelVersion: string; modelSha256: string; confidence: number; summary: string },
  caseId: string | null,
) {
  return services.audit.append({
    actor,
    kind: 'ai_output',
    feature,
    caseId,
    summary: ai.summary,
    payload: {
      modelId: ai.modelId,
      modelVersion: ai.modelVersion,
      modelSha256: ai.modelSha256,
      confidence: ai.confidence,
      inputDigest: sha256Hex(canonicalJson(request)),
    },
  });
}
