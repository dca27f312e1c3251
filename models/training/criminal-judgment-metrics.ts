// Mirror of models/training/criminal_judgment/metrics.py (the figures in card.json).

export interface Term {
  kind: 'fixed' | 'life' | 'death';
  months: number;
}

/** micro-F1 over all decisions; macro-F1 over every label seen in gold or predictions. */
export function multilabelF1(gold: Array<Set<string>>, pred: Array<Set<string>>): { micro: number; macro: number } {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  gold.forEach((g, i) => {
    const p = pred[i] ?? new Set<string>();
    for (const label of new Set([...g, ...p])) {
      if (g.has(label) && p.has(label)) bump(tp, label);
      else if (p.has(label)) bump(fp, label);
      else bump(fn, label);
    }
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const [TP, FP, FN] = [sum(tp), sum(fp), sum(fn)];
  const labels = new Set([...tp.keys(), ...fp.keys(), ...fn.keys()]);
  const per = [...labels].map((l) => (2 * (tp.get(l) ?? 0)) / (2 * (tp.get(l) ?? 0) + (fp.get(l) ?? 0) + (fn.get(l) ?? 0)));
  return {
    micro: TP + FP + FN ? (2 * TP) / (2 * TP + FP + FN) : 0,
    macro: per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0,
  };
}

/** CAIL2018 prison-term score: death and life must match; otherwise by |log(p+1) − log(g+1)|. */
export function termScore(gold: Term, pred: Term): number {
  if (gold.kind !== 'fixed' || pred.kind !== 'fixed') return gold.kind === pred.kind ? 1 : 0;
  const v = Math.abs(Math.log(pred.months + 1) - Math.log(gold.months + 1));
  for (const [limit, score] of [
    [0.2, 1],
    [0.4, 0.8],
    [0.6, 0.6],
    [0.8, 0.4],
    [1.0, 0.2],
  ] as const)
    if (v <= limit) return score;
  return 0;
}

export function meanTermScore(gold: Term[], pred: Term[]): number {
  return gold.length ? gold.reduce((s, g, i) => s + termScore(g, pred[i] as Term), 0) / gold.length : 0;
}
