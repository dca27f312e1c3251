// `npm run eval backfill`: field-level precision / recall / F1 of 案件信息回填 on two labelled sets —
// the fictional complaints and ID cards in test/fixtures/backfill (written with known values; the
// development set the rules were written against) and 8 real 民间借贷 judgments from the team data
// (CAIL2019-SCM, chosen by rule and labelled by hand: set 1 measured untuned then used to generalise
// the rules, set 2 labelled afterwards and never tuned on — the held-out figure).
// Fails when a set's overall F1 falls below its floor.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractProposals } from '../../main/services/backfill';
import type { GoldCase, ScoredField, Tally } from './backfill-score';
import { f1, tallyCase, total } from './backfill-score';

const root = process.cwd();
const fixtures = join(root, 'test', 'fixtures', 'backfill');
const dataDir = process.env.JUDGEDESK_SHARED_DATA ?? join(root, '..', 'shared', 'data');
/** Floors: a few points under the figures measured when this evaluation was written (see README). */
const floors = { fictional: 0.95, real: 0.9 };

interface FictionalCase extends GoldCase {
  id: string;
  files: string[];
  categories: string[];
}
interface RealCase extends GoldCase {
  line: number;
  field: 'A' | 'B' | 'C';
}

function report(name: string, tallies: Map<ScoredField, Tally>, floor: number, cases: number): void {
  console.log(`\n${name}（${cases} 件）`);
  console.log('字段            准确率   召回率   F1      (命中/预测/标注)');
  for (const [field, t] of [...tallies.entries()].sort()) {
    const s = f1(t);
    console.log(
      `${field.padEnd(14)}  ${s.precision.toFixed(3)}    ${s.recall.toFixed(3)}    ${s.f1.toFixed(3)}   (${t.tp}/${t.predicted}/${t.gold})`,
    );
  }
  const all = f1(total(tallies));
  const ok = all.f1 >= floor;
  console.log(
    `总体 micro-F1 ${all.f1.toFixed(3)}（准确率 ${all.precision.toFixed(3)}，召回率 ${all.recall.toFixed(3)}）  基线下限 ${floor.toFixed(2)}  ${ok ? 'ok' : '低于下限'}`,
  );
  if (!ok) process.exitCode = 1;
}

const fictional = JSON.parse(readFileSync(join(fixtures, 'labels.json'), 'utf8')) as { cases: FictionalCase[] };
const devTallies = new Map<ScoredField, Tally>();
for (const c of fictional.cases) {
  const docs = c.files.map((file, i) => ({
    id: file,
    fileName: file,
    category: c.categories[i] ?? null,
    text: readFileSync(join(fixtures, file), 'utf8'),
  }));
  tallyCase(c, extractProposals(docs), devTallies);
}
report('虚构起诉状与身份证（开发集，规则据此编写）', devTallies, floors.fictional, fictional.cases.length);

const demo = JSON.parse(readFileSync(join(fixtures, 'demo-labels.json'), 'utf8')) as GoldCase & { files: Array<[string, string]> };
const demoSources = join(root, 'resources', 'demo', 'sources');
const demoTallies = new Map<ScoredField, Tally>();
tallyCase(
  demo,
  extractProposals(
    demo.files.map(([file, category]) => ({ id: file, fileName: file, category, text: readFileSync(join(demoSources, file), 'utf8') })),
  ),
  demoTallies,
);
report('演示卷宗（resources/demo：起诉状、身份证明、授权委托书）', demoTallies, floors.fictional, 1);

const scmFile = join(dataDir, 'scm', 'input.txt');
if (!existsSync(scmFile)) {
  console.log(`\n跳过真实文书留出集：找不到 ${scmFile}（可用 JUDGEDESK_SHARED_DATA 指定团队数据目录）`);
} else {
  const lines = readFileSync(scmFile, 'utf8').split('\n');
  const real = JSON.parse(readFileSync(join(fixtures, 'scm-labels.json'), 'utf8')) as { cases: RealCase[]; untouched: RealCase[] };
  const score = (cases: RealCase[]) => {
    const tallies = new Map<ScoredField, Tally>();
    for (const c of cases) {
      const text = (JSON.parse(lines[c.line]!) as Record<string, string>)[c.field]!;
      // A judgment repeats the complaint's parties and claims; read it as the complaint it quotes.
      // Dates are not scored: a judgment's sign-off date is not a complaint's.
      tallyCase(c, extractProposals([{ id: `scm-${c.line}${c.field}`, fileName: 'scm', category: '起诉状', text }]), tallies, false);
    }
    return tallies;
  };
  report('真实民间借贷判决书 第1组（未调时 F1 0.624，之后用于推广规则）', score(real.cases), floors.real, real.cases.length);
  report('真实民间借贷判决书 第2组（留出集，规则定稿后标注，未用于调试）', score(real.untouched), floors.real, real.untouched.length);
}
