import type { Passage } from './passages';
import { clauseAround } from './passages';

/** A 总则 article the circumstances of the facts call for. */
export interface GeneralArticle {
  article: number;
  paragraph: number | null;
  /** 自首, 坦白, 累犯 … */
  label: string;
  /** The clause of the facts that calls for it; null where it follows from the estimate (罚金, 数罪并罚). */
  trigger: Passage | null;
  /** Why it applies, in words a judge reads. */
  basis: string;
}

export interface GeneralArticleInput {
  facts: string;
  /** The charges in the answer (official names). */
  charges: string[];
  /** The charges the model is confident of (数罪并罚 is suggested only for two or more of these). */
  confidentCharges: string[];
  /** The estimated principal penalty. */
  term: { kind: 'fixed' | 'life' | 'death'; months: number };
  /** Whether the defining article of a charge provides 罚金 (by its text). */
  providesFine: (charge: string) => boolean;
}

interface CueRule {
  article: number;
  paragraph: number | null;
  label: string;
  cues: RegExp[];
  /** Cues that cancel the rule where they stand (e.g. "不构成自首"). */
  unless?: RegExp[];
  basis: string;
}

/** Circumstances read from the words of the facts. Order is the order they are listed in. */
const cueRules: CueRule[] = [
  {
    article: 67,
    paragraph: 1,
    label: '自首',
    cues: [
      /自动投案|主动投案|投案自首|主动到\S{0,12}(?:公安|派出所|投案)|电话报警\S{0,10}在现场等候|经\S{0,6}电话通知\S{0,6}到案/u,
      /[^不未]自首/u,
    ],
    unless: [/不(?:构成|属于|能认定为?)自首/u],
    basis: '犯罪以后自动投案，如实供述自己的罪行的，是自首（刑法第六十七条第一款）',
  },
  {
    article: 67,
    paragraph: 3,
    label: '坦白',
    cues: [/如实供述|如实交代|坦白|供认不讳|供述|认罪|无异议|归案后|到案后|投案/u],
    basis: '不具有自首情节，但如实供述自己罪行的，可以从轻处罚（刑法第六十七条第三款）',
  },
  {
    article: 68,
    paragraph: null,
    label: '立功',
    cues: [/立功|检举揭发|揭发\S{0,10}犯罪|协助\S{0,10}抓获|带领\S{0,8}抓获/u],
    unless: [/不(?:构成|属于)\S{0,2}立功/u],
    basis: '有揭发他人犯罪行为，查证属实的，或者提供重要线索，从而得以侦破其他案件等立功表现的（刑法第六十八条）',
  },
  {
    article: 65,
    paragraph: 1,
    label: '累犯',
    cues: [/累犯|刑满释放|假释期满|(?:判处|被判)有期徒刑\S{0,30}(?:释放|执行完毕)/u],
    basis:
      '被判处有期徒刑以上刑罚的犯罪分子，刑罚执行完毕以后五年以内再犯应当判处有期徒刑以上刑罚之罪的，是累犯（刑法第六十五条）；须核对前罪刑罚执行完毕的日期',
  },
  {
    article: 25,
    paragraph: 1,
    label: '共同犯罪',
    cues: [
      /伙同|结伙|合伙|共同(?:实施|盗窃|抢劫|诈骗|殴打|出资|经营|预谋)|预谋|分工|事先商量|商议|纠集|相约|一起(?:前往|窃取|盗窃|实施)|同案(?:犯|人)|共谋/u,
      /被告人[\u4e00-\u9fa5\dA-Za-z某×]{1,4}、[\u4e00-\u9fa5\dA-Za-z某×]{1,4}(?:等人?)?(?:在|于|经|共同|伙同|驾|以|将|到|窜|携带)/u,
    ],
    basis: '二人以上共同故意犯罪，是共同犯罪（刑法第二十五条第一款）',
  },
  {
    article: 26,
    paragraph: null,
    label: '主犯',
    cues: [/主犯|起主要作用|组织、领导|首要分子/u],
    basis: '组织、领导犯罪集团进行犯罪活动的或者在共同犯罪中起主要作用的，是主犯（刑法第二十六条）',
  },
  {
    article: 27,
    paragraph: null,
    label: '从犯',
    cues: [/从犯|次要作用|辅助作用|帮助作用|望风|放哨/u],
    basis: '在共同犯罪中起次要或者辅助作用的，是从犯，应当从轻、减轻处罚或者免除处罚（刑法第二十七条）',
  },
  {
    article: 28,
    paragraph: null,
    label: '胁从犯',
    cues: [/胁从|被胁迫参加/u],
    basis: '对于被胁迫参加犯罪的，应当按照他的犯罪情节减轻处罚或者免除处罚（刑法第二十八条）',
  },
  {
    article: 23,
    paragraph: null,
    label: '犯罪未遂',
    cues: [/未遂|未得逞|未得手|未能得逞|未果|当场识破|(?:因|由于)\S{0,20}(?:意志以外|而未)/u],
    basis: '已经着手实行犯罪，由于犯罪分子意志以外的原因而未得逞的，是犯罪未遂（刑法第二十三条）',
  },
  {
    article: 24,
    paragraph: null,
    label: '犯罪中止',
    cues: [/犯罪中止|自动放弃(?:犯罪|实施)|主动停止/u],
    basis: '在犯罪过程中，自动放弃犯罪或者自动有效地防止犯罪结果发生的，是犯罪中止（刑法第二十四条）',
  },
  {
    article: 22,
    paragraph: null,
    label: '犯罪预备',
    cues: [/犯罪预备|准备(?:作案)?工具\S{0,20}(?:尚未|未及|即被)|(?:尚未着手|着手前)\S{0,10}(?:被抓获|被查获)/u],
    basis: '为了犯罪，准备工具、制造条件的，是犯罪预备（刑法第二十二条）',
  },
  {
    article: 17,
    paragraph: null,
    label: '未成年人犯罪',
    cues: [/未成年|未满十八周岁|不满十八周岁|已满(?:十四|十六|14|16)周岁不满(?:十八|18)周岁/u],
    basis: '已满十四周岁不满十八周岁的人犯罪，应当从轻或者减轻处罚（刑法第十七条）',
  },
  {
    article: 64,
    paragraph: null,
    label: '追缴、没收',
    cues: [/赃款|赃物|违法所得|退赔|退缴|退还|追缴|没收|作案工具|扣押|查获|缴获|追回|起获/u],
    basis: '犯罪分子违法所得的一切财物，应当予以追缴或者责令退赔；违禁品和供犯罪所用的本人财物，应当予以没收（刑法第六十四条）',
  },
];

/** Mitigating words that make 缓刑 worth considering, besides the estimated term. */
const probationCues = /谅解|退赔|退赃|自首|初犯|偶犯|悔罪|认罪认罚/u;
/** 缓刑 is available for 拘役 and 有期徒刑 up to three years (刑法第七十二条). */
export const probationMaxMonths = 36;

function findCue(facts: string, rule: CueRule): Passage | null {
  if (rule.unless?.some((re) => re.test(facts))) return null;
  let best: { at: number; end: number } | null = null;
  for (const re of rule.cues) {
    const m = re.exec(facts);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, end: m.index + m[0].length };
  }
  return best ? clauseAround(facts, best.at, best.end) : null;
}

/**
 * The 总则 articles the facts call for, each with the clause that triggers it. Cue-based: a cue
 * shows the judge where to look; whether the circumstance is established is the judge's finding.
 */
export function generalArticles(input: GeneralArticleInput): GeneralArticle[] {
  const out: GeneralArticle[] = [];
  const found = new Map<string, Passage>();
  for (const rule of cueRules) {
    const trigger = findCue(input.facts, rule);
    if (!trigger) continue;
    found.set(rule.label, trigger);
    // 自首 and 坦白 are both 第六十七条: one entry, 自首 first where both are read.
    if (rule.label === '坦白' && found.has('自首')) continue;
    out.push({ article: rule.article, paragraph: rule.paragraph, label: rule.label, trigger, basis: rule.basis });
  }

  const recidivist = found.has('累犯');
  const probationCue = probationCues.exec(input.facts);
  if (input.term.kind === 'fixed' && input.term.months <= probationMaxMonths && !recidivist && probationCue) {
    const trigger = clauseAround(input.facts, probationCue.index, probationCue.index + probationCue[0].length);
    const basis = `估计刑期 ${input.term.months} 个月，不超过三年，且事实中有悔罪表现的线索；对被判处拘役、三年以下有期徒刑的犯罪分子，符合条件的可以宣告缓刑（刑法第七十二条），考验期限依第七十三条`;
    out.push({ article: 72, paragraph: null, label: '缓刑', trigger, basis });
    out.push({ article: 73, paragraph: null, label: '缓刑考验期限', trigger, basis: '拘役、有期徒刑缓刑的考验期限（刑法第七十三条）' });
  }

  const fined = input.charges.filter((c) => input.providesFine(c));
  if (fined.length) {
    const basis = `${fined.join('、')}的法定刑包含罚金（见其分则条文）；罚金数额根据犯罪情节决定（刑法第五十二条），缴纳依第五十三条`;
    out.push({ article: 52, paragraph: null, label: '罚金', trigger: null, basis });
    out.push({
      article: 53,
      paragraph: null,
      label: '罚金的缴纳',
      trigger: null,
      basis: '罚金在判决指定的期限内一次或者分期缴纳（刑法第五十三条）',
    });
  }

  if (new Set(input.confidentCharges).size >= 2) {
    out.push({
      article: 69,
      paragraph: null,
      label: '数罪并罚',
      trigger: null,
      basis: `估计构成${input.confidentCharges.join('、')}数罪；判决宣告以前一人犯数罪的，除判处死刑和无期徒刑的以外，应当在总和刑期以下、数刑中最高刑期以上，酌情决定执行的刑期（刑法第六十九条）`,
    });
  }
  return out.sort((a, b) => a.article - b.article || (a.paragraph ?? 0) - (b.paragraph ?? 0));
}

/** Whether a 分则 article's text provides 罚金 for the offence. */
export function textProvidesFine(text: string | null): boolean {
  return text !== null && /罚金/.test(text);
}
