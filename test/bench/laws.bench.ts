// Statute search and citation resolution over the whole LawRefBook folder, each beside a naive
// baseline measured in the same run: LIKE scans for search, parsing without resolution for cite.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importStatutes, searchArticles, sharedDataFolder, statuteFolder } from '../../main/services/laws';
import { resolveCitations } from '../../main/services/laws/resolve-citations';
import { openDatabase } from '../../main/store/database';
import type { Db } from '../../main/store/database';
import { knowledgeMigrations } from '../../main/store/migrations/knowledge';
import { parseCitations } from '../../shared/domain/citation';
import type { Bench, Figure } from './bench';

/** Fixed query set: 2-character terms judges type most, longer phrases, and rarer terms. */
const queries = [
  '借贷',
  '诈骗',
  '自首',
  '盗窃',
  '离婚',
  '抚养',
  '继承',
  '利息',
  '担保',
  '保证',
  '合同',
  '违约',
  '侵权',
  '赔偿',
  '欠款',
  '工资',
  '加班',
  '劳动',
  '解除',
  '定金',
  '抵押',
  '质押',
  '租赁',
  '买卖',
  '赠与',
  '时效',
  '管辖',
  '上诉',
  '再审',
  '证据',
  '累犯',
  '缓刑',
  '罚金',
  '没收',
  '坦白',
  '立功',
  '毒品',
  '贩卖',
  '抢劫',
  '伤害',
  '民间借贷',
  '借款合同',
  '夫妻共同财产',
  '诉讼时效期间',
  '违约金过高',
  '交通事故责任',
  '非法吸收公众存款',
  '拒不执行判决',
  '醉酒驾驶机动车',
  '商品房买卖合同',
];

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

function latencies(run: (query: string) => void, rounds = 3): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      const started = performance.now();
      run(query);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

function searchFigures(db: Db): Figure[] {
  const fts = latencies((query) => searchArticles(db, { query, limit: 20 }));
  const like = db.prepare("SELECT id FROM articles WHERE text LIKE '%' || ? || '%' LIMIT 20");
  const scan = latencies((query) => like.all(query));
  const empty = queries.filter((query) => searchArticles(db, { query, limit: 1 }).total === 0);
  return [
    { label: `full-text search p50 (${queries.length} queries × 3)`, value: percentile(fts, 50), unit: 'ms' },
    { label: 'full-text search p95', value: percentile(fts, 95), unit: 'ms' },
    { label: 'baseline LIKE scan p50 (unranked)', value: percentile(scan, 50), unit: 'ms' },
    { label: 'baseline LIKE scan p95', value: percentile(scan, 95), unit: 'ms' },
    { label: 'queries with no hit', value: empty.length, unit: 'queries' },
  ];
}

/** The 判决如下 parts of real criminal judgments: where judges cite articles. */
function judgmentTexts(): string[] {
  const file = join(sharedDataFolder(), 'cases', 'judge_test', 'test.json');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { fd?: string }).fd ?? '')
    .filter((text) => text.includes('条'));
}

function citationFigures(db: Db): { figures: Figure[]; notes: string[] } {
  const texts = judgmentTexts();
  if (texts.length === 0) return { figures: [], notes: ['cases/judge_test absent: citation figures skipped'] };
  let parsed = 0;
  let started = performance.now();
  for (const text of texts) parsed += parseCitations(text).citations.reduce((n, c) => n + c.articles.length, 0);
  const parseMs = performance.now() - started;

  let resolved = 0;
  let inForce = 0;
  started = performance.now();
  for (const text of texts) {
    for (const citation of resolveCitations(db, text, '2020-06-01').citations) {
      resolved += citation.articles.length;
      inForce += citation.articles.filter((a) => a.resolved).length;
    }
  }
  const resolveMs = performance.now() - started;
  return {
    figures: [
      {
        label: 'citation resolutions per second (parse + resolve as of a date)',
        value: Math.round(resolved / (resolveMs / 1000)),
        unit: 'articles/s',
      },
      { label: 'baseline: parsing alone', value: Math.round(parsed / (parseMs / 1000)), unit: 'articles/s' },
      { label: 'articles cited in the sample', value: resolved, unit: 'articles' },
      { label: '… of which resolved to text in force on 2020-06-01', value: inForce, unit: 'articles' },
    ],
    notes: [`${texts.length} judgments from cases/judge_test, resolved as of 2020-06-01 (before 民法典)`],
  };
}

const bench: Bench = {
  name: 'statutes — full-text search and citation resolution',
  async run({ log }) {
    const folder = statuteFolder();
    if (!existsSync(join(folder, 'db_law.jsonl'))) return { figures: [], skipped: `no statute folder at ${folder}` };
    const dir = mkdtempSync(join(tmpdir(), 'judgedesk-bench-laws-'));
    try {
      const db = openDatabase({ file: join(dir, 'knowledge.db'), migrations: knowledgeMigrations });
      log('importing the statute folder …');
      const imported = await importStatutes(db, folder);
      log('searching …');
      const search = searchFigures(db);
      log('resolving citations …');
      const cite = citationFigures(db);
      db.close();
      return {
        figures: [{ label: 'articles in the store', value: imported.articles, unit: 'articles' }, ...search, ...cite.figures],
        notes: cite.notes,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
