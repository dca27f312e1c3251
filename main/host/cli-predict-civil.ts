import { civilOutcomeEstimate } from '../../shared/contract/channels/civil-outcome';

/**
 * `judgedesk predict` lines for civil cases: `{"kind": "civil", "cause": "…", "claims": ["…" |
 * {"text", "amount"}], "facts": "…", "names"?: [...]}` go to civilOutcome.estimate (诉讼预期评估).
 */
export const civilPredictChannel = civilOutcomeEstimate;

export function isCivilLine(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { kind?: unknown } | null;
    return parsed?.kind === 'civil';
  } catch {
    return false;
  }
}

/** The channel request of a civil line; null when it is not one (the caller reports the line). */
export function civilPredictRequest(text: string): object | null {
  let parsed: { cause?: unknown; claims?: unknown; facts?: unknown; names?: unknown };
  try {
    parsed = (JSON.parse(text) ?? {}) as typeof parsed;
  } catch {
    return null;
  }
  if (typeof parsed.cause !== 'string' || !Array.isArray(parsed.claims)) return null;
  const claims = parsed.claims.map((c: unknown) => (typeof c === 'string' ? { text: c } : c));
  const names = Array.isArray(parsed.names) ? parsed.names.filter((n): n is string => typeof n === 'string') : [];
  return { cause: parsed.cause, claims, facts: typeof parsed.facts === 'string' ? parsed.facts : '', names };
}
