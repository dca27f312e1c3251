// Review of a 30-page judgment (issue 7 target: p95 ≤ 300 ms): a real full judgment from
// cases/judge_test with the fact sections of further real judgments inserted before 本院认为 until
// it is 30 pages long (≈ 600 characters per page at 仿宋三号), beside the citation check alone.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importStatutes, sharedDataFolder, statuteFolder } from '../../main/services/laws';
import { resolveCitations } from '../../main/services/laws/resolve-citations';
import { reviewDocument } from '../../main/services/review';
import { openDatabase } from '../../main/store/database';
import { knowledgeMigrations } from '../../main/store/migrations/knowledge';
import type { Bench } from './bench';

const charactersPerPage = 600;
const pages = 30;
const rounds = 40;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 10) / 10;
}

function thirtyPageJudgment(file: string): string {
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { fd: string; text: string });
  const base = docs.find((d) => d.fd.includes('本院认为') && d.fd.includes('如不服本判决'))!.fd;
  const at = base.indexOf('本院认为');
  let facts = '';
  for (const d of docs) {
    if (base.length + facts.length >= pages * charactersPerPage) break;
    facts += `${d.text} `;
  }
  return base.slice(0, at) + facts + base.slice(at);
}

const bench: Bench = {
  name: 'review — 30-page judgment',
  async run({ log }) {
    const folder = statuteFolder();
    const judgments = join(sharedDataFolder(), 'cases', 'judge_test', 'test.json');
    if (!existsSync(join(folder, 'db_law.jsonl')) || !existsSync(judgments)) return { figures: [], skipped: 'team data folder absent' };
    const dir = mkdtempSync(join(tmpdir(), 'judgedesk-bench-review-'));
    try {
      const db = openDatabase({ file: join(dir, 'knowledge.db'), migrations: knowledgeMigrations });
      log('importing the statute folder …');
      await importStatutes(db, folder);
      const text = thirtyPageJudgment(judgments);
      log(`reviewing ${text.length} characters × ${rounds} …`);
      reviewDocument(db, text);
      const review: number[] = [];
      const cite: number[] = [];
      let findings = 0;
      for (let i = 0; i < rounds; i += 1) {
        let started = performance.now();
        findings = reviewDocument(db, text).findings.length;
        review.push(performance.now() - started);
        started = performance.now();
        resolveCitations(db, text);
        cite.push(performance.now() - started);
      }
      review.sort((a, b) => a - b);
      cite.sort((a, b) => a - b);
      db.close();
      return {
        figures: [
          { label: 'review of a 30-page judgment p50', value: percentile(review, 50), unit: 'ms' },
          { label: 'review of a 30-page judgment p95 (target ≤ 300)', value: percentile(review, 95), unit: 'ms' },
          { label: 'baseline: citation check alone p95', value: percentile(cite, 95), unit: 'ms' },
          { label: 'document length', value: text.length, unit: 'characters' },
          { label: 'findings', value: findings, unit: 'findings' },
        ],
        notes: [`${rounds} rounds after one warm-up; the document is real judgment text from cases/judge_test`],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
