// Labels for the 涉案金额 evaluation, derived from criminal judgments in ../shared/data. The label is
// the total the judgment text itself states; the input never shows it:
// - fact sets (cail2018, legalgraphrag, cjo22_long): the facts' own 共计/合计/总计/累计 sentence about the
//   crime amount gives the label, and every sentence stating that figure as a total is cut from the input;
// - judge_test: the 本院认为 part of the full judgment (`fd`) gives the label ("盗窃财物价值共计X元"); the
//   input is the fact section (`text`) with any sentence stating that figure as a total cut out.
// Only property and corruption charges, one charge per case (a multi-charge total is per charge), one
// unambiguous total per case, and an input whose amounts can make up the label (some of them sum to it:
// otherwise the items were only in the cut sentence and no reader could compute it) are kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMoney } from '../../shared/domain/crime-amount';

export interface AmountCase {
  /** source#line (1-based line in the source file). */
  id: string;
  input: string;
  label: number;
  /** The sentence the label came from (not in the input). */
  labelSentence: string;
  charge: string;
}

const PROPERTY_CHARGE = /盗窃|诈骗|抢夺|敲诈勒索|职务侵占|挪用资金|挪用公款|贪污|受贿|行贿|非法吸收公众存款|集资诈骗|抢劫/u;
const PROPERTY_ARTICLES = new Set([
  263, 264, 266, 267, 274, 271, 272, 382, 383, 384, 385, 386, 389, 390, 163, 164, 176, 192, 193, 196, 224,
]);
const TOTAL = /共计|合计|总计|累计/u;
const CRIME_WORD = /盗|窃|骗|收受|贿|侵占|挪用|贪污|抢|勒索|敲诈|吸收|集资|价值|数额|金额|赃款|财物/u;
const NOT_CRIME_TOTAL = /附带民事|赔偿|医疗费|退赔|退还|追回|罚金|罚款|获利|违法所得|分得|损失|手续费|利息|返还|兑付|未兑付|已兑付|其中/u;

function sentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const match of text.matchAll(/[。；;！？\n]/gu)) {
    const end = (match.index ?? 0) + 1;
    out.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** The figures a sentence states as a total of the crime amount. */
function statedTotals(sentence: string): number[] {
  if (!TOTAL.test(sentence) || !CRIME_WORD.test(sentence) || NOT_CRIME_TOTAL.test(sentence)) return [];
  return findMoney(sentence)
    .filter((m) => m.currency === 'CNY' && TOTAL.test(sentence.slice(Math.max(0, m.start - 25), m.start)))
    .map((m) => m.value);
}

/** Wider than TOTAL on purpose: a sentence that may state the label as a total (价值计X元, 综上…X元) is cut. */
const MAY_STATE_TOTAL = /共|计|总|累|综上|以上|上述|其中|如下|先后|多次/u;

/** `text` without every sentence that could state `label` as a total. */
function withoutLabel(text: string, label: number): string | null {
  const kept = sentences(text).filter(
    (s) => !(MAY_STATE_TOTAL.test(s.text) && findMoney(s.text).some((m) => Math.abs(m.value - label) < 0.01)),
  );
  const input = kept.map((s) => s.text).join('');
  return input;
}

/** Whether some of the input's 元 amounts add up to `label` (to the fen); false when too many to try. */
export function derivable(input: string, label: number): boolean {
  const target = Math.round(label * 100);
  let reachable = new Set<number>([0]);
  for (const m of findMoney(input)) {
    if (m.currency !== 'CNY') continue;
    const value = Math.round(m.value * 100);
    const next = new Set(reachable);
    for (const sum of reachable) if (sum + value <= target) next.add(sum + value);
    reachable = next;
    if (reachable.has(target)) return true;
    if (reachable.size > 200_000) return false;
  }
  return false;
}

function fromFacts(id: string, fact: string, charge: string): AmountCase | null {
  if (!PROPERTY_CHARGE.test(charge) || /、|，/u.test(charge.replace(/^[^、]*(?:组织、领导|走私、贩卖|掩饰、隐瞒|出售、购买)/u, '')))
    return null;
  const found = sentences(fact).flatMap((s) => statedTotals(s.text).map((value) => ({ value, sentence: s.text })));
  const values = [...new Set(found.map((f) => f.value))];
  if (values.length !== 1 || !found[0]) return null;
  const label = values[0] as number;
  const input = withoutLabel(fact, label);
  if (!input || !derivable(input, label)) return null;
  return { id, input, label, labelSentence: found[0].sentence, charge };
}

const JUDGMENT_AMOUNT =
  /(?:盗窃|窃取|诈骗|骗取|受贿|收受|索取|贪污|侵吞|侵占|挪用|抢夺|抢劫|敲诈勒索|勒索|吸收)[^。；]{0,30}?(?:数额|价值|金额)(?:共计|合计|总计|累计|计|达|为|共)?(?:价值)?(?:人民币)?([0-9０-９,.．万]+(?:余|多)?元)/u;
const DISPUTED = /辩护|辩称|上诉|不予|异议|指控|认为.{0,6}应/u;

function fromJudgment(id: string, text: string, fd: string, articles: number[]): AmountCase | null {
  if (!articles.some((a) => PROPERTY_ARTICLES.has(a))) return null;
  const from = fd.indexOf('本院认为');
  if (from < 0) return null;
  const reasoning = fd.slice(from, fd.indexOf('判决如下', from) > 0 ? fd.indexOf('判决如下', from) : undefined);
  const labels: { value: number; sentence: string }[] = [];
  for (const s of sentences(reasoning)) {
    const match = JUDGMENT_AMOUNT.exec(s.text);
    if (!match || DISPUTED.test(s.text)) continue;
    const money = findMoney(match[1] ?? '')[0];
    if (money) labels.push({ value: money.value, sentence: s.text });
  }
  const values = [...new Set(labels.map((l) => l.value))];
  if (values.length !== 1 || !labels[0]) return null;
  const label = values[0] as number;
  const input = withoutLabel(text, label);
  if (!input || !derivable(input, label)) return null;
  return { id, input, label, labelSentence: labels[0].sentence, charge: '' };
}

function jsonLines(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => (line.trim() ? (JSON.parse(line) as unknown) : null));
}

/** Every derivable case, in a stable order. Facts seen in an earlier source are skipped. */
export function deriveAmountCases(dataDir: string): AmountCase[] {
  const cases: AmountCase[] = [];
  const seen = new Set<string>();
  const add = (c: AmountCase | null, fact: string) => {
    const key = fact.replace(/\s/gu, '').slice(0, 200);
    if (!c || seen.has(key)) return;
    seen.add(key);
    cases.push(c);
  };
  const judge = jsonLines(join(dataDir, 'cases', 'judge_test', 'test.json'));
  judge.forEach((row, i) => {
    const r = row as { text: string; fd: string; la: number[] } | null;
    if (r) add(fromJudgment(`judge_test#${i + 1}`, r.text, r.fd, r.la), r.text);
  });
  for (const name of ['data_test.json', 'data_train.json']) {
    jsonLines(join(dataDir, 'cases', 'cail2018', name)).forEach((row, i) => {
      const r = row as { fact: string; meta: { accusation: string[] } } | null;
      if (r) add(fromFacts(`cail2018/${name}#${i + 1}`, r.fact, r.meta.accusation.join('、')), r.fact);
    });
  }
  for (const name of ['crime_data_CAIL_small.jsonl', 'crime_data_CMDL_small.jsonl']) {
    jsonLines(join(dataDir, 'cases', 'legalgraphrag', name)).forEach((row, i) => {
      const r = row as { fact: string; crime: string[] } | null;
      if (r) add(fromFacts(`legalgraphrag/${name}#${i + 1}`, r.fact, r.crime.join('、')), r.fact);
    });
  }
  jsonLines(join(dataDir, 'cases', 'cjo22_long', 'CJO22test_long.jsonl')).forEach((row, i) => {
    const r = row as { fact: string; charge: string } | null;
    if (r) add(fromFacts(`cjo22_long#${i + 1}`, r.fact, r.charge), r.fact);
  });
  return cases;
}
