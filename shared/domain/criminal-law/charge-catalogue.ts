import { chargeKey, joinSegmented, officialChargeName } from './charge-names';

/** 犯罪构成 of a charge, as its explanation states them (joined text). */
export interface ChargeElements {
  /** 定义 */
  definition: string;
  /** 主体 */
  subject: string;
  /** 客体 */
  object: string;
  /** 主观方面 */
  subjective: string;
  /** 客观方面 */
  objective: string;
}

/** One charge of the 刑法 with the 分则 provision that defines it. */
export interface CatalogueCharge {
  /** Official name with 罪, e.g. 盗窃罪. */
  name: string;
  /** The 分则 articles the reference names, first the defining one (e.g. 第385条). */
  articles: number[];
  /** 之一/之二 of the defining article (1, 2 …); null for a plain article. */
  suffix: number | null;
  /** 款 of the defining article; null where the whole article defines it. */
  paragraph: number | null;
  /** 分则章, e.g. 第八章 贪污贿赂罪. */
  chapter: string;
  elements: ChargeElements | null;
}

export type CatalogueOrigin = 'data-folder' | 'model' | 'maintained';

export interface ChargeCatalogue {
  origin: CatalogueOrigin;
  /** Where it came from, in words a user reads. */
  source: string;
  charges: CatalogueCharge[];
}

const suffixNumbers: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * "刑法第103条第1款", "刑法第133条之一", "刑法第236条、第237条第1款" → the articles, the first
 * article's 之X and 款. References to other laws (a 决定) give no 刑法 article.
 */
export function parseArticleReference(reference: string): Pick<CatalogueCharge, 'articles' | 'suffix' | 'paragraph'> {
  if (!/^(刑法)?第/.test(reference.trim())) return { articles: [], suffix: null, paragraph: null };
  const articles = [...reference.matchAll(/第(\d+)条/g)].map((m) => Number(m[1]));
  const first = /第\d+条(?:之([一二三四五六七八九]))?(?:第(\d+)款)?/.exec(reference);
  return {
    articles: [...new Set(articles)],
    suffix: first?.[1] ? (suffixNumbers[first[1]] ?? null) : null,
    paragraph: first?.[2] ? Number(first[2]) : null,
  };
}

const elementKeys: Record<keyof ChargeElements, string> = {
  definition: '定义',
  subject: '主体',
  object: '客体',
  subjective: '主观方面',
  objective: '客观方面',
};

/** The 犯罪构成 map keyed by charge key; rows without text are skipped. */
export function elementsByKey(details: unknown): Map<string, ChargeElements> {
  const out = new Map<string, ChargeElements>();
  if (!details || typeof details !== 'object') return out;
  for (const [name, value] of Object.entries(details as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const row = value as Record<string, unknown>;
    const text = (key: keyof ChargeElements) => {
      const raw = row[elementKeys[key]];
      return typeof raw === 'string' ? joinSegmented(raw) : '';
    };
    const elements: ChargeElements = {
      definition: text('definition'),
      subject: text('subject'),
      object: text('object'),
      subjective: text('subjective'),
      objective: text('objective'),
    };
    if (Object.values(elements).some(Boolean)) out.set(chargeKey(name), elements);
  }
  return out;
}

/**
 * The catalogue from the official charge list (rows {charge, chapter, level1}) and the charge
 * explanations (keyed by name without 罪). Rows without a usable name or 刑法 article are skipped.
 */
export function catalogueFromRecords(records: unknown, details: unknown): CatalogueCharge[] {
  if (!Array.isArray(records)) return [];
  const elements = elementsByKey(details);
  const seen = new Set<string>();
  const out: CatalogueCharge[] = [];
  for (const raw of records as Array<Record<string, unknown>>) {
    const name = typeof raw?.charge === 'string' ? raw.charge.trim() : '';
    if (!name || seen.has(chargeKey(name))) continue;
    const reference = parseArticleReference(typeof raw.chapter === 'string' ? raw.chapter : '');
    if (reference.articles.length === 0) continue;
    seen.add(chargeKey(name));
    const chapter = typeof raw.level1 === 'string' ? raw.level1.replace(/[（(]\d+[）)]$/, '').trim() : '';
    out.push({ name: officialChargeName(name), ...reference, chapter, elements: elements.get(chargeKey(name)) ?? null });
  }
  return out;
}

/** Looks charges up by any spelling of their name. */
export class ChargeIndex {
  private readonly byKey: Map<string, CatalogueCharge>;

  constructor(readonly catalogue: ChargeCatalogue) {
    this.byKey = new Map(catalogue.charges.map((c) => [chargeKey(c.name), c]));
  }

  /**
   * The charge a name denotes: the same key, else — for a court naming one alternative of a
   * 选择性罪名 (贩卖毒品罪 for 走私、贩卖、运输、制造毒品罪) — the shortest catalogued name that holds
   * the name's characters in order.
   */
  get(name: string): CatalogueCharge | null {
    const key = chargeKey(name);
    const exact = this.byKey.get(key);
    if (exact) return exact;
    if (this.resolved.has(key)) return this.resolved.get(key) ?? null;
    let best: CatalogueCharge | null = null;
    if (key.length >= 4) {
      for (const [candidate, charge] of this.byKey) {
        if (candidate.includes('、') && isSubsequence(key, candidate) && (!best || candidate.length < chargeKey(best.name).length))
          best = charge;
      }
    }
    this.resolved.set(key, best);
    return best;
  }

  private readonly resolved = new Map<string, CatalogueCharge | null>();

  get charges(): readonly CatalogueCharge[] {
    return this.catalogue.charges;
  }
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}
