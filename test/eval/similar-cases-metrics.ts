// Ranking metrics for the similar-case evaluations. Gains are the grades themselves (linear) and
// the discount log2(rank + 1), as in the LeCaRD metric script; lecard-metric-check.eval.ts proves
// this code against LeCaRD's published runs before similar-cases.eval.ts relies on it.

/** DCG of grades in ranked order, cut at k. */
export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  grades.slice(0, k).forEach((g, i) => {
    sum += g / Math.log2(i + 2);
  });
  return sum;
}

/** NDCG@k: the ranking's DCG over the DCG of the best possible order of `allGrades`. */
export function ndcg(ranked: readonly number[], allGrades: readonly number[], k: number): number {
  const ideal = dcg(
    [...allGrades].sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? 0 : dcg(ranked, k) / ideal;
}

/** Reciprocal rank of the first result with grade ≥ minGrade (0 when none). */
export function reciprocalRank(ranked: readonly number[], minGrade = 1): number {
  const at = ranked.findIndex((g) => g >= minGrade);
  return at < 0 ? 0 : 1 / (at + 1);
}

/** Share of the first k that are relevant (grade ≥ minGrade). */
export function precision(ranked: readonly number[], k: number, minGrade: number): number {
  return ranked.slice(0, k).filter((g) => g >= minGrade).length / k;
}

/** Average precision over the relevant items among `totalRelevant`. */
export function averagePrecision(ranked: readonly number[], totalRelevant: number, minGrade: number): number {
  if (totalRelevant === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.forEach((g, i) => {
    if (g >= minGrade) {
      hits += 1;
      sum += hits / (i + 1);
    }
  });
  return sum / totalRelevant;
}

export const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
