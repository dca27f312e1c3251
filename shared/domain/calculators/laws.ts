import { articleLabel } from '../citation/format-citation';
import type { CalculationCitation } from './result';

/** The titles the statute store files these laws under (the citation texts are looked up by them). */
export const lawTitles = {
  courtFees: '诉讼费用交纳办法',
  lending2020: '最高人民法院关于审理民间借贷案件适用法律若干问题的规定',
  /** 法释〔2015〕18号, the text in force for interest before 2020-08-20; the store holds only the 2020 text. */
  lending2015: '最高人民法院关于审理民间借贷案件适用法律若干问题的规定（法释〔2015〕18号）',
  lendingScopeReply: '最高人民法院关于新民间借贷司法解释适用范围问题的批复',
  delayInterest: '最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释',
  civilCode: '中华人民共和国民法典',
} as const;

const paragraphNames = ['', '第一款', '第二款', '第三款', '第四款'];

export function cite(law: string, article: number, note: string, paragraph?: number): CalculationCitation {
  return { law, article, articleLabel: `${articleLabel(article)}${paragraph ? (paragraphNames[paragraph] ?? '') : ''}`, note };
}

/** Each law and article once, in first-cited order (notes of repeats are merged). */
export function uniqueCitations(citations: CalculationCitation[]): CalculationCitation[] {
  const byKey = new Map<string, CalculationCitation>();
  for (const c of citations) {
    const key = `${c.law}|${c.articleLabel}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...c });
    else if (!seen.note.includes(c.note)) seen.note = `${seen.note}；${c.note}`;
  }
  return [...byKey.values()];
}
