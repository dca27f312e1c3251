/**
 * BM25 over overlapping character bigrams of Han text: no segmenter (none runs in the renderer),
 * and Chinese legal terms are mostly two-character words, so bigrams match them well enough to
 * rank a charge's 罪状 against the facts.
 */

const han = /[\u3400-\u9fff]/;

/** The Han bigrams of a text with their positions (UTF-16 offsets of the first character). */
export function hanBigrams(text: string): Array<{ gram: string; at: number }> {
  const out: Array<{ gram: string; at: number }> = [];
  for (let i = 0; i + 1 < text.length; i += 1) {
    const a = text[i] ?? '';
    const b = text[i + 1] ?? '';
    if (han.test(a) && han.test(b)) out.push({ gram: a + b, at: i });
  }
  return out;
}

export interface Bm25Parameters {
  k1: number;
  b: number;
}

export interface Bm25Hit {
  doc: number;
  score: number;
  /** The query bigrams that scored, highest contribution first. */
  matched: Array<{ gram: string; weight: number }>;
}

export class BigramBm25 {
  private readonly termFreqs: Array<Map<string, number>>;
  private readonly docFreq = new Map<string, number>();
  private readonly lengths: number[];
  private readonly averageLength: number;

  constructor(
    docs: readonly string[],
    private readonly parameters: Bm25Parameters = { k1: 1.2, b: 0.75 },
  ) {
    this.termFreqs = docs.map((doc) => {
      const counts = new Map<string, number>();
      for (const { gram } of hanBigrams(doc)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
      for (const gram of counts.keys()) this.docFreq.set(gram, (this.docFreq.get(gram) ?? 0) + 1);
      return counts;
    });
    this.lengths = this.termFreqs.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  idf(gram: string): number {
    const n = this.termFreqs.length;
    const df = this.docFreq.get(gram) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Documents ranked for the query text; each distinct query bigram counts once (facts repeat words). */
  search(query: string, limit: number): Bm25Hit[] {
    const grams = [...new Set(hanBigrams(query).map((g) => g.gram))].filter((g) => this.docFreq.has(g));
    const { k1, b } = this.parameters;
    const hits: Bm25Hit[] = [];
    this.termFreqs.forEach((counts, doc) => {
      let score = 0;
      const matched: Array<{ gram: string; weight: number }> = [];
      const norm = k1 * (1 - b + (b * (this.lengths[doc] ?? 0)) / Math.max(1, this.averageLength));
      for (const gram of grams) {
        const tf = counts.get(gram);
        if (!tf) continue;
        const weight = (this.idf(gram) * tf * (k1 + 1)) / (tf + norm);
        score += weight;
        matched.push({ gram, weight });
      }
      if (score > 0) hits.push({ doc, score, matched: matched.sort((x, y) => y.weight - x.weight) });
    });
    return hits.sort((x, y) => y.score - x.score).slice(0, limit);
  }
}
