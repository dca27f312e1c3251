// Family 5, 文字表述: character slips judges actually make, each rule narrow enough that a hit is
// almost always wrong (a judge switches off a checker that cries wolf). A rule is a pattern whose
// whole match is replaced, or whose `group` (the 1st capture) is.
import type { ReviewFinding, ReviewSeverity } from '../../../../shared/contract/channels/review';
import confusions from '../../../../models/wording-confusions/confusions.json';
import { finding } from '../finding';

export interface WordingRule {
  rule: string;
  pattern: RegExp;
  fix: (matched: string) => string;
  message: (matched: string, fixed: string) => string;
  severity: ReviewSeverity;
}

const replaceWith = (from: string, to: string) => (m: string) => m.replace(from, to);
const says = (why: string) => (m: string, f: string) => `“${m}”应为“${f}”：${why}`;

export const wordingRules: WordingRule[] = [
  // 上述 (the above) vs 上诉 (appeal).
  {
    rule: 'wording.shangsu',
    pattern: /(?<!被)上述人(?=[（(：:，,])|被上述人|提起上述|(?<=提出|依法|可以|可|不服.{0,8}?)上述(?=[。，；]|于|状)/g,
    fix: replaceWith('上述', '上诉'),
    message: says('此处指上诉（不服裁判请求上级法院审理）'),
    severity: 'error',
  },
  {
    rule: 'wording.shangsu',
    pattern: /上诉(?=事实|证据|款项|借款|情节|行为|协议|合同|债务|金额|期间内的|规定)/g,
    fix: replaceWith('上诉', '上述'),
    message: says('此处指上述（前面所说的）'),
    severity: 'error',
  },
  // 截至 (up to a time) vs 截止 (to end).
  {
    rule: 'wording.jiezhi',
    pattern: /截止(?=\d{4}年|[〇零一二]{4}年|本判决|起诉|判决|目前|今|案发|立案|庭审|开庭|\d{1,2}月)/g,
    fix: () => '截至',
    message: says('后面带时间时用“截至”'),
    severity: 'error',
  },
  {
    rule: 'wording.jiezhi',
    pattern: /截至(?=日期|时间|[。，；])/g,
    fix: () => '截止',
    message: says('不带时间宾语时用“截止”'),
    severity: 'error',
  },
  // 权利 (rights) vs 权力 (power).
  {
    rule: 'wording.quanli',
    pattern: /(?:诉讼|民事|合法|上诉|财产|人身|继承|抵押|所有|债|物|知情|申请|追偿)权力|权力(?=义务|和义务|与义务|人[，。、])/g,
    fix: replaceWith('权力', '权利'),
    message: says('当事人享有的是“权利”'),
    severity: 'error',
  },
  {
    rule: 'wording.quanli',
    pattern: /(?:国家|行政|公共|审判|司法|检察|职务上的)权利(?!人|义务)/g,
    fix: replaceWith('权利', '权力'),
    message: says('公权力机关行使的是“权力”'),
    severity: 'error',
  },
  // 帐 → 账 for money (通用规范汉字表).
  {
    rule: 'wording.zhang',
    pattern: /帐(?=户|号|目|款|单|本|簿|务|面|册)|(?<=[记对欠转查结赊做假呆坏入到销挂])帐/g,
    fix: () => '账',
    message: says('与钱财有关用“账”'),
    severity: 'warning',
  },
  { rule: 'wording.qita', pattern: /其它/g, fix: () => '其他', message: says('规范用法统一用“其他”'), severity: 'info' },
  // 的/地/得 in fixed phrases only.
  {
    rule: 'wording.de',
    pattern: /(?<=[觉显])的(?=[，。到出])|(?<![价产币])值的(?=[注关信考肯同提])|不的不|(?<=使案件|使纠纷|使其|使合同)的以/g,
    fix: (m) => m.replace('的', '得'),
    message: says('补语、能愿用“得”'),
    severity: 'warning',
  },
  {
    rule: 'wording.de',
    pattern: /(?<=积极|认真|依法|主动|如实|自愿|及时|全面|客观)的(?=(履行|赔偿|退赔|退缴|审查|核实|投案|交代|配合|供述|支付))/g,
    fix: () => '地',
    message: says('修饰动词用“地”'),
    severity: 'warning',
  },
  // Repeated words and characters that never double.
  {
    rule: 'wording.repeated',
    pattern:
      /([的和与及把已其该于之])\1|被被(?!害|告|上诉|执行|申请|监护|扶养|抚养|赡养|继承|代理|保险|保证|许可)|(被告人|被告|原告|本院|判决|上诉人|认为|依照)\2/g,
    fix: (m) => m.slice(0, m.length / 2),
    message: (m, f) => `“${m}”重复，应为“${f}”`,
    severity: 'error',
  },
  // Missing characters in fixed terms.
  {
    rule: 'wording.missing',
    pattern: /中华人民共和(?!国)|人民法(?![院律官庭规制治])|诉讼请(?!求)|本院认(?![为定可同真识])/g,
    fix: (m) => ({ 中华人民共和: '中华人民共和国', 人民法: '人民法院', 诉讼请: '诉讼请求', 本院认: '本院认为' })[m] ?? m,
    message: (m, f) => `“${m}”疑似漏字，应为“${f}”`,
    severity: 'error',
  },
  // Half-width punctuation between Chinese characters.
  {
    rule: 'wording.halfwidth',
    pattern: /(?<=[\u4e00-\u9fff])[,;:?!.](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\((?=[^)]{1,30}\))|(?<=\([^()]{1,30}[\u4e00-\u9fff])\)/g,
    fix: (m) => ({ ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' })[m] ?? m,
    message: (m, f) => `中文文本中应使用全角标点“${f}”，而不是半角“${m}”`,
    severity: 'warning',
  },
];

/** Learned slips (models/wording-confusions, from ECSpell's legal training split): wrong window → right. */
const learned = new Map<string, string>(confusions.rules as [string, string][]);

/** Longest window first at each position, as the trainer scores it; overlapping windows are skipped. */
function learnedFindings(text: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  let covered = 0;
  for (let i = 0; i < text.length - 1; i += 1) {
    if (i < covered) continue;
    for (const n of [3, 2]) {
      const right = learned.get(text.slice(i, i + n));
      if (right === undefined) continue;
      out.push(
        finding(
          text,
          'wording',
          'wording.learned',
          'warning',
          i,
          i + n,
          `“${text.slice(i, i + n)}”疑为“${right}”之误（常见错别字）`,
          right,
        ),
      );
      covered = i + n;
      break;
    }
  }
  return out;
}

export function wordingFindings(text: string): ReviewFinding[] {
  const out: ReviewFinding[] = learnedFindings(text);
  for (const r of wordingRules) {
    for (const m of text.matchAll(r.pattern)) {
      const fixed = r.fix(m[0]);
      if (fixed === m[0]) continue;
      out.push(finding(text, 'wording', r.rule, r.severity, m.index, m.index + m[0].length, r.message(m[0], fixed), fixed));
    }
  }
  return out;
}
