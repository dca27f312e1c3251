// Circumstances that move a sentence or a civil award, found by rule with where they stand, so a
// judge can check each one in the text. Negated mentions (不构成自首, 未取得谅解) do not count.
import { chineseToInt } from '../../../shared/domain/chinese-numerals';
import type { Circumstance } from '../../../shared/contract/channels/similar-cases';

interface Rule {
  id: string;
  label: string;
  pattern: RegExp;
  /** For rules whose value is a number (amount, rate). */
  value?: (m: RegExpExecArray) => number | null;
}

const NEGATION = /(?:不|未|没有|无|并非|不属|不构成|不具有|不认定|不予认定|否认)[^，。；]{0,4}$/;

function yuan(m: RegExpExecArray): number | null {
  const digits = (m[1] ?? '').replace(/[,，]/g, '');
  const base = /^[0-9.]+$/.test(digits) ? Number(digits) : chineseToInt(digits);
  if (base === null || Number.isNaN(base)) return null;
  return Math.round(m[2] ? base * 10_000 : base);
}

/** 年利率24% → 24; 月利率2% → 24; 月息2分 → 24 (月息一分 = 1%/月); 年息一分 → 10 (年息一分 = 10%/年); 厘 is a tenth of 分. */
function annualRate(m: RegExpExecArray): number | null {
  const period = m[1] ?? '';
  const raw = m[2] ?? '';
  const unit = m[3] ?? '';
  const n = /^[0-9.]+$/.test(raw) ? Number(raw) : chineseToInt(raw);
  if (n === null || Number.isNaN(n)) return null;
  const monthly = period.startsWith('月');
  const tenthsOfYear = unit === '分' ? n * 10 : unit === '厘' ? n : n;
  const percent = monthly ? (unit === '分' ? n : unit === '厘' ? n / 10 : n) : tenthsOfYear;
  const annual = monthly ? percent * 12 : percent;
  return Math.round(annual * 100) / 100;
}

export const circumstanceRules: readonly Rule[] = [
  { id: 'surrender', label: '自首', pattern: /自首|主动投案|投案自首/g },
  { id: 'confession', label: '坦白', pattern: /坦白|如实供述/g },
  { id: 'recidivist', label: '累犯', pattern: /累犯/g },
  {
    id: 'restitution',
    label: '退赃退赔',
    pattern: /退赃|退赔|退缴|退出(?:全部)?(?:违法所得|赃款)|赔偿(?:了)?(?:被害人)?(?:的)?(?:经济)?损失/g,
  },
  {
    id: 'forgiveness',
    label: '取得谅解',
    pattern: /(?:取得|获得|得到)(?:了)?(?:被害人|被害方|其家属|对方)?(?:的)?谅解|(?:表示|予以)谅解|谅解书/g,
  },
  { id: 'plea', label: '认罪认罚', pattern: /认罪认罚/g },
  { id: 'merit', label: '立功', pattern: /立功/g },
  { id: 'attempt', label: '犯罪未遂', pattern: /未遂|未得逞/g },
  { id: 'accessory', label: '从犯', pattern: /从犯|次要作用|辅助作用/g },
  { id: 'firstOffence', label: '初犯偶犯', pattern: /初犯|偶犯/g },
  { id: 'minor', label: '未成年人犯罪', pattern: /未成年|不满十八周岁/g },
  { id: 'priorRecord', label: '有前科', pattern: /前科|曾因[^，。]{0,12}(?:被判处|被处以|被行政拘留)/g },
  { id: 'probation', label: '缓刑', pattern: /缓刑/g },
  { id: 'guarantee', label: '担保', pattern: /连带(?:责任)?保证|保证人|担保人|提供担保|抵押|质押/g },
  { id: 'iou', label: '借条欠条', pattern: /借条|欠条|借据|借款合同|借款协议/g },
  {
    id: 'interestRate',
    label: '约定利率',
    pattern: /(年利率|年息|月利率|月息)(?:为|按|约定为)?([0-9.]+|[一二两三四五六七八九十]+)(%|％|分|厘)/g,
    value: annualRate,
  },
  {
    id: 'amount',
    label: '涉案金额',
    pattern: /(?:人民币|价值|共计|合计|金额|借款|数额)(?:人民币)?([0-9][0-9.,，]*|[一二两三四五六七八九十百千万零]+)(万)?元/g,
    value: yuan,
  },
];

/** Every rule's first un-negated mention in `text` (the largest, for amounts). */
export function findCircumstances(text: string): Circumstance[] {
  const out: Circumstance[] = [];
  for (const rule of circumstanceRules) {
    let best: Circumstance | null = null;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      if (NEGATION.test(text.slice(Math.max(0, start - 8), start))) continue;
      const value = rule.value ? rule.value(m as RegExpExecArray) : null;
      if (rule.value && value === null) continue;
      const found: Circumstance = { id: rule.id, label: rule.label, span: { start, end: start + m[0].length, text: m[0] }, value };
      if (!best) best = found;
      else if (rule.id === 'amount' && (value ?? 0) > (best.value ?? 0)) best = found;
      if (rule.id !== 'amount') break;
    }
    if (best) out.push(best);
  }
  return out;
}
