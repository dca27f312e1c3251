import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { ModelCard } from '../../shared/contract/channels/models';
import { modelCardSchema } from '../../shared/contract/channels/models';

export interface ModelRegistryScan {
  cards: ModelCard[];
  problems: Array<{ id: string; message: string }>;
}

function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Reads models/<id>/card.json and checks every file the card lists against its sha256, so a
 * swapped or corrupted model is reported instead of silently used.
 */
export function scanModels(modelsDir: string): ModelRegistryScan {
  const result: ModelRegistryScan = { cards: [], problems: [] };
  if (!existsSync(modelsDir)) return result;
  for (const entry of readdirSync(modelsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const checked = checkModel(modelsDir, entry.name);
    if (checked?.problem) result.problems.push(checked.problem);
    else if (checked?.card) result.cards.push(checked.card);
  }
  return result;
}

/** One model folder checked as scanModels does; null when it has no card.json. */
export function checkModel(
  modelsDir: string,
  folder: string,
): { card: ModelCard; problem?: undefined } | { card?: undefined; problem: { id: string; message: string } } | null {
  const cardPath = join(modelsDir, folder, 'card.json');
  if (!existsSync(cardPath)) return null;
  let card: ModelCard;
  try {
    card = modelCardSchema.parse(JSON.parse(readFileSync(cardPath, 'utf8')));
  } catch (error) {
    return { problem: { id: folder, message: `模型说明文件 ${cardPath} 格式错误：${String(error)}` } };
  }
  const modelDir = join(modelsDir, folder);
  const bad = card.files.find((file) => {
    const path = normalize(join(modelDir, file.path));
    // A folder listed as a file made readFileSync throw EISDIR and the whole scan fail.
    if (!path.startsWith(modelDir + sep) || !existsSync(path) || !statSync(path).isFile()) return true;
    return fileSha256(path) !== file.sha256;
  });
  if (bad) return { problem: { id: card.id, message: `模型文件 ${bad.path} 缺失或校验值不符，已停用` } };
  return { card };
}
