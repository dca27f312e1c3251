import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fallbackList from '../../../resources/criminal-law/charges-fallback.json';
import type { CatalogueCharge, ChargeCatalogue } from '../../../shared/domain/criminal-law';
import {
  catalogueFromRecords,
  elementsByKey,
  chargeKey,
  officialChargeName,
  parseArticleReference,
} from '../../../shared/domain/criminal-law';

const chargeListFile = (dataFolder: string) => join(dataFolder, 'labels', 'charges', 'lawgpt_criminal_charges.json');
const chargeDetailsFile = (dataFolder: string) => join(dataFolder, 'labels', 'charges', 'neurjudge_charge_details.json');

export interface CatalogueSources {
  /** The team data folder (may be absent on a court machine). */
  dataFolder: string;
  /** Folder with models/criminal-judgment/featurizer.json, whose `catalogue` the training pipeline may write. */
  modelsDir: string;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

function fromDataFolder(dataFolder: string): ChargeCatalogue | null {
  if (!existsSync(chargeListFile(dataFolder))) return null;
  try {
    const details = existsSync(chargeDetailsFile(dataFolder)) ? readJson(chargeDetailsFile(dataFolder)) : {};
    const charges = catalogueFromRecords(readJson(chargeListFile(dataFolder)), details);
    if (charges.length === 0) return null;
    const withElements = charges.filter((c) => c.elements).length;
    return {
      origin: 'data-folder',
      source: `团队数据目录 labels/charges（${charges.length} 个罪名及刑法条文，其中 ${withElements} 个附犯罪构成），运行时读取，未复制进项目`,
      charges,
    };
  } catch {
    return null;
  }
}

/** One row of the featurizer's `catalogue`: tolerant of the article given as a number, a reference or a list. */
function modelRow(row: Record<string, unknown>): CatalogueCharge | null {
  const name = typeof row.name === 'string' ? row.name : typeof row.charge === 'string' ? row.charge : '';
  if (!name.trim()) return null;
  const article = row.article ?? row.articles;
  // 264, "264", "133之一", "刑法第133条之一第1款" all name an article.
  const references = (Array.isArray(article) ? article : [article]).map((a) =>
    parseArticleReference(
      typeof a === 'number' ? `第${a}条` : typeof a === 'string' ? a.replace(/^(\d+)(之[一二三四五六七八九])?$/, '第$1条$2') : '',
    ),
  );
  const articles = references.flatMap((r) => r.articles).filter((a) => Number.isInteger(a) && a > 0);
  if (articles.length === 0) return null;
  const paragraph = row['款'] ?? row.paragraph;
  return {
    name: officialChargeName(name),
    articles: [...new Set(articles)],
    suffix: typeof row.suffix === 'number' ? row.suffix : (references[0]?.suffix ?? null),
    paragraph:
      typeof paragraph === 'number' ? paragraph : typeof paragraph === 'string' && /^\d+$/.test(paragraph) ? Number(paragraph) : null,
    chapter: typeof row.chapter === 'string' ? row.chapter : '',
    elements: null,
  };
}

function fromModel(modelsDir: string): ChargeCatalogue | null {
  const file = join(modelsDir, 'criminal-judgment', 'featurizer.json');
  if (!existsSync(file)) return null;
  try {
    const featurizer = readJson(file) as { catalogue?: unknown; chargeDetails?: unknown };
    if (!Array.isArray(featurizer.catalogue)) return null;
    const elements = elementsByKey(featurizer.chargeDetails);
    const charges = (featurizer.catalogue as Array<Record<string, unknown>>)
      .map((row) => (row && typeof row === 'object' ? modelRow(row) : null))
      .filter((c): c is CatalogueCharge => c !== null)
      .map((c) => ({ ...c, elements: elements.get(chargeKey(c.name)) ?? null }));
    if (charges.length === 0) return null;
    return { origin: 'model', source: `刑事裁判模型随附的罪名目录（${charges.length} 个罪名）`, charges };
  } catch {
    return null;
  }
}

function maintained(): ChargeCatalogue {
  return {
    origin: 'maintained',
    source: `${fallbackList.source}（${fallbackList.charges.length} 个罪名，维护于 ${fallbackList.maintainedAt}）`,
    charges: fallbackList.charges.map((c) => ({ ...c, elements: null })),
  };
}

/**
 * The charge catalogue: the team data folder when present (483 charges with their 犯罪构成), else the
 * catalogue the criminal-judgment model ships, else the project's short list.
 */
export function loadChargeCatalogue(sources: CatalogueSources): ChargeCatalogue {
  return fromDataFolder(sources.dataFolder) ?? fromModel(sources.modelsDir) ?? maintained();
}

/** The charge labels the installed model predicts (empty when it is not installed). */
export function modelChargeLabels(modelsDir: string): string[] {
  const file = join(modelsDir, 'criminal-judgment', 'featurizer.json');
  if (!existsSync(file)) return [];
  try {
    const charges = (readJson(file) as { charges?: unknown }).charges;
    return Array.isArray(charges) ? charges.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}
