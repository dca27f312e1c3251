import { neutraliseIdentity } from '../neutralise-identity';

/**
 * The civil outcome model's input text: cause, claim kind and claim first (so truncation to the
 * model's maxChars cuts the facts, never the claim), then the facts; party identity neutralised.
 * The trainer writes its inputs with this very function, so training and inference cannot differ.
 */
export function civilOutcomeInput(
  input: { cause: string; kind: string; claim: string; facts: string },
  names: readonly string[] = [],
): string {
  const text = `案由：${input.cause}｜请求类型：${input.kind}｜请求：${input.claim}｜事实：${input.facts}`;
  return neutraliseIdentity(text, { names });
}
