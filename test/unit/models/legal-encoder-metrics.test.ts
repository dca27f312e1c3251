import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LabelledCase } from '../../../models/training/legal-encoder-metrics';
import { grade, rankingMetrics, sparseDot, tfidfVectors } from '../../../models/training/legal-encoder-metrics';
import { dataDir, python, trainingDir } from '../../helpers/python-mirror';

/** Real CAIL2018 cases with their charges and articles (the eval's relevance labels). */
function realCases(count: number): Array<LabelledCase & { fact: string }> {
  return readFileSync(join(dataDir, 'cases/cail2018/data_test.json'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, count)
    .map((line) => {
      const obj = JSON.parse(line) as { fact: string; meta: { accusation: string[]; relevant_articles: number[] } };
      return { fact: obj.fact, charges: obj.meta.accusation, articles: obj.meta.relevant_articles.map(String) };
    });
}

/** Python's retrieval.py on the same pool: TF-IDF figures, and figures for a given score matrix. */
function pythonFigures(
  pool: Array<LabelledCase & { fact: string }>,
  scores: number[][],
): { tfidf: Record<string, number>; given: Record<string, number> } {
  const script = [
    'import json, sys',
    'import numpy as np',
    `sys.path.insert(0, ${JSON.stringify(trainingDir)})`,
    'from legal_encoder.retrieval import grade_matrix, ranking_metrics, tfidf_scores',
    'data = json.loads(sys.stdin.read())',
    'pool, scores = data["pool"], np.array(data["scores"])',
    'grades = grade_matrix(pool)',
    'print(json.dumps({"tfidf": ranking_metrics(tfidf_scores([p["fact"] for p in pool]), grades), "given": ranking_metrics(scores, grades)}))',
  ].join('\n');
  return JSON.parse(
    execFileSync(python, ['-c', script], { input: JSON.stringify({ pool, scores }), maxBuffer: 1 << 26 }).toString('utf8'),
  ) as {
    tfidf: Record<string, number>;
    given: Record<string, number>;
  };
}

describe('legal encoder retrieval metrics (TS mirror of legal_encoder/retrieval.py)', () => {
  it('grades by charge sets first, then any shared charge or article', () => {
    const a = { charges: ['盗窃'], articles: ['264'] };
    expect(grade(a, { charges: ['盗窃'], articles: ['264', '65'] })).toBe(2);
    expect(grade(a, { charges: ['盗窃', '诈骗'], articles: ['266'] })).toBe(1);
    expect(grade(a, { charges: ['抢夺'], articles: ['264'] })).toBe(1);
    expect(grade(a, { charges: ['抢夺'], articles: null })).toBe(0);
  });

  it('gives a perfect ranking NDCG 1 and MRR 1, and a reversed one less', () => {
    const pool = [
      { charges: ['盗窃'], articles: ['264'] },
      { charges: ['盗窃'], articles: ['264'] },
      { charges: ['诈骗'], articles: ['266'] },
      { charges: ['诈骗'], articles: ['266'] },
    ];
    const same = (i: number, j: number) => (grade(pool[i] as LabelledCase, pool[j] as LabelledCase) === 2 ? 1 : 0);
    expect(rankingMetrics(pool, same)).toEqual({ 'ndcg@10': 1, 'ndcg@30': 1, mrr: 1 });
    const reversed = rankingMetrics(pool, (i, j) => -same(i, j));
    expect(reversed.mrr).toBe(1 / 3);
    expect(reversed['ndcg@10']).toBeLessThan(1);
  });

  it('matches Python on real cases, for TF-IDF and for a score matrix with ties', () => {
    const pool = realCases(80);
    const tfidf = tfidfVectors(pool.map((p) => p.fact));
    // Coarse scores: many ties, so the tie rule (pool order) is exercised.
    const scores = pool.map((_, i) => pool.map((__, j) => ((i * 7 + j * 13) % 5) / 5));
    const py = pythonFigures(pool, scores);
    const ts = {
      tfidf: rankingMetrics(pool, (i, j) => sparseDot(tfidf[i] as Map<string, number>, tfidf[j] as Map<string, number>)),
      given: rankingMetrics(pool, (i, j) => scores[i]?.[j] ?? 0),
    };
    for (const kind of ['tfidf', 'given'] as const) {
      for (const [name, value] of Object.entries(py[kind])) expect(ts[kind][name]).toBeCloseTo(value, 9);
    }
    expect(ts.tfidf['ndcg@10']).toBeGreaterThan(0);
  });
});
