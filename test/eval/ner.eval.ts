// `npm run eval ner`: recomputes the NER card's held-out figures from the committed model through the
// shipped path (TS featuriser + Viterbi in main/inference/ner.ts, onnxruntime-node in the worker,
// rule identifiers merged) and fails when a per-type F1/precision/recall differs from card.json by
// more than the tolerance. Gold spans come from the trainer's own loader (models/training/ner/data.py),
// so the silver organisation / money rules are the same ones the card was measured against.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceHost } from '../../main/inference/inference-host';

/**
 * Scores from the model alone on the trainer's side; here rule identifiers may replace a model span
 * on the same characters and ORT rounds differently from torch. 0.01 ≈ a handful of the ~1,900
 * held-out spans.
 */
const tolerance = 0.01;
const root = process.cwd();
const modelsDir = join(root, 'models');
const modelDir = join(modelsDir, 'ner');
const types = ['person', 'organization', 'place', 'time', 'amount'];

interface Gold {
  text: string;
  spans: Array<[number, number, string]>;
}

function goldRows(test: Array<{ source: string; line: number }>): Gold[] {
  const script = [
    'import json, sys',
    "sys.path.insert(0, 'models/training')",
    'from ner.data import load',
    'wanted = json.loads(sys.stdin.read())',
    "rows = {r['line']: r for r in load('test.json')}",
    "print(json.dumps([{'text': rows[w]['text'], 'spans': rows[w]['spans']} for w in wanted], ensure_ascii=False))",
  ].join('\n');
  const lines = test.map((t) => t.line);
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(lines), maxBuffer: 1 << 28 }).toString('utf8'),
  ) as Gold[];
}

/** Python offsets count code points; the TS spans count UTF-16 units. */
function toUtf16(text: string, spans: Array<[number, number, string]>): string[] {
  const offsets: number[] = [];
  let at = 0;
  for (const point of Array.from(text)) {
    offsets.push(at);
    at += point.length;
  }
  offsets.push(at);
  return spans.map(([s, e, t]) => `${offsets[s]}:${offsets[e]}:${t}`);
}

/** Lenient score for redaction, as ner/decode.py overlap_f1: overlapping spans of the same type count. */
function overlapF1(gold: string[][], predicted: string[][], type: string): number {
  const parse = (key: string) => key.split(':');
  const overlaps = (a: string[], b: string[]) => Number(a[0]) < Number(b[1]) && Number(b[0]) < Number(a[1]);
  let hitP = 0;
  let nP = 0;
  let hitG = 0;
  let nG = 0;
  gold.forEach((g, i) => {
    const gs = g.map(parse).filter((s) => s[2] === type);
    const ps = (predicted[i] ?? []).map(parse).filter((s) => s[2] === type);
    nP += ps.length;
    nG += gs.length;
    hitP += ps.filter((a) => gs.some((b) => overlaps(a, b))).length;
    hitG += gs.filter((b) => ps.some((a) => overlaps(a, b))).length;
  });
  const p = nP ? hitP / nP : 0;
  const r = nG ? hitG / nG : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function prf(gold: string[][], predicted: string[][], type: string | null) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const keep = (key: string) => type === null || key.endsWith(`:${type}`);
    const gs = new Set(g.filter(keep));
    const ps = new Set((predicted[i] ?? []).filter(keep));
    for (const key of ps) if (gs.has(key)) tp += 1;
    fp += ps.size;
    fn += gs.size;
  });
  fp -= tp;
  fn -= tp;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: tp + fn };
}

async function main(): Promise<number> {
  const card = JSON.parse(readFileSync(join(modelDir, 'card.json'), 'utf8')) as {
    version: string;
    metrics: Array<{ name: string; value: number }>;
  };
  const heldout = JSON.parse(readFileSync(join(modelDir, 'heldout.json'), 'utf8')) as { test: Array<{ source: string; line: number }> };
  const rows = goldRows(heldout.test);
  const host = new InferenceHost({ modelsDir, isEnabled: () => true });
  const started = Date.now();
  try {
    const { outputs } = await host.run(
      'ner',
      rows.map((r) => ({ text: r.text })),
      { feature: 'backfill', explain: false },
    );
    const elapsed = Date.now() - started;
    const gold = rows.map((r) => toUtf16(r.text, r.spans));
    const predicted = outputs.map((o) => o.spans.filter((s) => s.source === 'model').map((s) => `${s.start}:${s.end}:${s.type}`));
    const ruleSpans = outputs.reduce((n, o) => n + o.spans.filter((s) => s.source === 'rule').length, 0);
    console.log(
      `ner ${card.version}: ${rows.length} held-out paragraphs in ${elapsed} ms; ${ruleSpans} rule identifier spans beside the model`,
    );
    console.log(['type', 'precision', 'recall', 'F1', 'card F1', 'overlap F1', 'support'].map((h) => h.padEnd(14)).join(''));
    let failed = false;
    for (const type of [...types, null]) {
      const name = type ?? 'micro';
      const s = { ...prf(gold, predicted, type), ...(type ? { overlapF1: overlapF1(gold, predicted, type) } : {}) };
      const problems = (['precision', 'recall', 'f1', 'overlapF1'] as const)
        .filter((m) => m in s)
        .filter((m) => {
          const committed = card.metrics.find((x) => x.name === `${name}.${m}`)?.value;
          return committed === undefined || Math.abs(committed - (s[m] ?? 0)) > tolerance;
        });
      failed ||= problems.length > 0;
      const committedF1 = card.metrics.find((x) => x.name === `${name}.f1`)?.value;
      const cells = [
        name,
        s.precision.toFixed(4),
        s.recall.toFixed(4),
        s.f1.toFixed(4),
        committedF1?.toFixed(4) ?? '—',
        s.overlapF1?.toFixed(4) ?? '—',
        String(s.support),
      ];
      console.log(cells.map((c) => c.padEnd(14)).join('') + (problems.length ? `  ✗ ${problems.join('/')} 超出容差 ${tolerance}` : ''));
    }
    console.log(failed ? '评估结果与模型说明不符' : `评估结果与模型说明一致（容差 ${tolerance}）`);
    return failed ? 1 : 0;
  } finally {
    await host.close();
  }
}

process.exitCode = await main();
