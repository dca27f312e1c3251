// cases/judge_test (JuDGE test split, not used in any training): fact sections with the articles the
// judgment cites and the charges read from its 判决如下 part ("被告人某某犯盗窃罪，判处……").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './heldout';

export interface JudgeTestCase {
  id: string;
  text: string;
  /** 刑法 articles the judgment cites, 总则 included. */
  articles: number[];
  /** Charges (official names with 罪) read from after 判决如下. */
  charges: string[];
}

export const judgeTestFile = join(dataDir, 'cases', 'judge_test', 'test.json');

/** The charges a judgment convicts of: every "犯…罪" after 判决如下, cut at the first sentence mark. */
export function convictedCharges(judgment: string): string[] {
  const at = judgment.indexOf('判决如下');
  if (at < 0) return [];
  const tail = judgment.slice(at, judgment.indexOf('附：', at) > 0 ? judgment.indexOf('附：', at) : undefined);
  const out = new Set<string>();
  for (const m of tail.matchAll(/犯([\u4e00-\u9fa5、]{1,30}?罪)(?=[，,。；;、（(\s]|$)/gu)) out.add(m[1] ?? '');
  return [...out].filter(Boolean);
}

export function readJudgeTest(): JudgeTestCase[] {
  if (!existsSync(judgeTestFile)) return [];
  return readFileSync(judgeTestFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text_id: string; text: string; la: number[]; fd: string })
    .map((r) => ({ id: r.text_id, text: r.text.trim(), articles: r.la, charges: convictedCharges(r.fd) }));
}
