import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { modelsEmbed } from '../../shared/contract/channels/model-outputs';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { featureOptionAllowed, invokePerLine, withCliApp } from './cli-app';
import { modelsDir as defaultModelsDir } from './paths';

/** One stdin line: `{"text": "…", "names"?: [...]}` or a bare JSON string; null when it is neither. */
function requestOf(line: string): { text: string; names?: string[] } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof parsed === 'string') return parsed.trim() ? { text: parsed } : null;
  const { text, names } = (parsed ?? {}) as { text?: unknown; names?: unknown };
  if (typeof text !== 'string' || !text.trim()) return null;
  const known = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : undefined;
  return { text, ...(known ? { names: known } : {}) };
}

/**
 * `judgedesk embed [文本 …]`: the legal text encoder's vector for each text given as an argument,
 * or, with none, for each JSON line on stdin (`{"text": "…", "names"?: [...]}` or `"…"`). One JSON
 * line out per input: the unit-length vector, its dimension, the model id/version/sha256, 仅供参考
 * and the seq of its audit entry, through the models.embed channel (类案推送 switch).
 */
export async function runEmbed(
  args: ParsedArgs,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
  input: Readable = process.stdin,
  modelsDir = stringOption(args, 'models-dir') ?? defaultModelsDir,
): Promise<number> {
  if (!featureOptionAllowed(args, modelsEmbed, err)) return 2;
  // Texts given as arguments after `embed` count as lines 1…n.
  const argTexts = args.positional.slice(1);
  const lines = argTexts.length > 0 ? argTexts.map((t) => JSON.stringify(t)) : createInterface({ input, crlfDelay: Infinity });
  return withCliApp(
    dataDir,
    (app) => invokePerLine(app, modelsEmbed, lines, requestOf, (line) => `第 ${line} 行不是 {"text": "…"} 形式的 JSON，或文本为空`, out),
    modelsDir,
  );
}
