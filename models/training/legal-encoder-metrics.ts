// Mirror of models/training/legal_encoder/retrieval.py (the figures in legal-encoder/card.json).
// Every case of a pool is a query over the others; graded relevance 2 = same set of charges,
// 1 = charges or articles overlap, 0 otherwise; NDCG@k with linear gain g / log2(rank + 1);
// MRR of the first grade-2 case; ties in score keep pool order.

export interface LabelledCase {
  charges: string[];
  articles: string[] | null;
}

export function grade(a: LabelledCase, b: LabelledCase): number {
  const ca = new Set(a.charges);
  const cb = new Set(b.charges);
  if (ca.size > 0 && ca.size === cb.size && [...ca].every((c) => cb.has(c))) return 2;
  if ([...ca].some((c) => cb.has(c))) return 1;
  if (a.articles && b.articles && a.articles.some((x) => b.articles?.includes(x))) return 1;
  return 0;
}

/** Mean NDCG@k for each k and MRR; `score(i, j)` is the similarity of pool case j to query i. */
export function rankingMetrics(pool: LabelledCase[], score: (i: number, j: number) => number, ks = [10, 30]): Record<string, number> {
  const n = pool.length;
  const discount = (rank: number) => 1 / Math.log2(rank + 2);
  const totals: Record<string, number> = Object.fromEntries([...ks.map((k) => [`ndcg@${k}`, 0]), ['mrr', 0]]);
  for (let i = 0; i < n; i += 1) {
    const query = pool[i] as LabelledCase;
    const others = [...Array(n).keys()].filter((j) => j !== i);
    const grades = others.map((j) => grade(query, pool[j] as LabelledCase));
    const order = others.map((j, at) => ({ s: score(i, j), at })).sort((x, y) => y.s - x.s || x.at - y.at);
    const gains = order.map(({ at }) => grades[at] ?? 0);
    const ideal = [...grades].sort((x, y) => y - x);
    for (const k of ks) {
      let dcg = 0;
      let idcg = 0;
      for (let r = 0; r < k && r < gains.length; r += 1) {
        dcg += (gains[r] ?? 0) * discount(r);
        idcg += (ideal[r] ?? 0) * discount(r);
      }
      totals[`ndcg@${k}`] = (totals[`ndcg@${k}`] ?? 0) + (idcg > 0 ? dcg / idcg : 0);
    }
    const hit = gains.indexOf(2);
    totals.mrr = (totals.mrr ?? 0) + (hit >= 0 ? 1 / (hit + 1) : 0);
  }
  return Object.fromEntries(Object.entries(totals).map(([name, total]) => [name, n ? total / n : 0]));
}

/**
 * Char 1–2 gram TF-IDF vectors (whitespace removed, lower-cased, tf → 1 + ln tf, smooth idf
 * ln((1 + n) / (1 + df)) + 1, unit length) fitted on the texts themselves: the unsupervised baseline.
 * Returns sparse unit vectors; cosine = sparse dot product.
 */
export function tfidfVectors(texts: string[]): Array<Map<string, number>> {
  const counts = texts.map((text) => {
    const chars = Array.from(text.replace(/\s+/g, '').toLowerCase());
    const c = new Map<string, number>();
    for (const n of [1, 2]) {
      for (let s = 0; s + n <= chars.length; s += 1) {
        const gram = chars.slice(s, s + n).join('');
        c.set(gram, (c.get(gram) ?? 0) + 1);
      }
    }
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const gram of c.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  return counts.map((c) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [gram, count] of c) {
      const w = (1 + Math.log(count)) * (Math.log((1 + texts.length) / (1 + (df.get(gram) ?? 0))) + 1);
      v.set(gram, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [gram, w] of v) v.set(gram, w / norm);
    return v;
  });
}

export function sparseDot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, w] of small) sum += w * (large.get(key) ?? 0);
  return sum;
}
