import { BigramBm25 } from './bigram-bm25';
import type { Passage } from './passages';
import { bestPassages, clausesOf, sentencesOf } from './passages';

/** A charge's 罪状 to match facts against: the 刑法 provision plus its 定义 and 客观方面. */
export interface ChargeStatute {
  name: string;
  text: string;
}

export interface StatuteCandidate {
  name: string;
  /** BM25 score of the facts against the charge's 罪状. */
  score: number;
  /** The score over the best charge's score for these facts (1 for the best). */
  relative: number;
  /** Clauses of the facts that share the most weighted terms with the 罪状. */
  factPassages: Passage[];
  /** Sentences of the 罪状 that share them. */
  statutePassages: string[];
  /** The shared terms, highest weight first. */
  terms: string[];
}

const passagesShown = 2;
const termsShown = 8;

/** Ranks charges by how well their 罪状 match the facts (BM25 over Han bigrams). */
export class StatuteMatcher {
  private readonly index: BigramBm25;

  constructor(private readonly statutes: readonly ChargeStatute[]) {
    this.index = new BigramBm25(statutes.map((s) => s.text));
  }

  get size(): number {
    return this.statutes.length;
  }

  match(facts: string, limit: number): StatuteCandidate[] {
    const hits = this.index.search(facts, limit);
    const best = hits[0]?.score ?? 1;
    const clauses = clausesOf(facts);
    return hits.map((hit) => {
      const statute = this.statutes[hit.doc] as ChargeStatute;
      const terms = hit.matched.slice(0, 12);
      return {
        name: statute.name,
        score: Number(hit.score.toFixed(3)),
        relative: Number((hit.score / best).toFixed(3)),
        factPassages: bestPassages(clauses, terms, passagesShown),
        statutePassages: bestPassages(sentencesOf(statute.text), terms, passagesShown).map((p) => p.text.trim()),
        terms: terms.slice(0, termsShown).map((t) => t.gram),
      };
    });
  }
}
