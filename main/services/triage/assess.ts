// 繁简分流: an additive score over case features, each reason showing the value, the rule and the
// points, so the judge sees exactly why a case is 简 or 繁 and the court can change the rules.
import type { TriageConfig, TriageFeature, TriageReason } from '../../../shared/contract/channels/triage';
import { triageFeatureLabels } from '../../../shared/contract/channels/triage';

export interface TriageCase {
  causeOfAction: string;
  /** Role and address only: who a party is never reaches the score. */
  parties: ReadonlyArray<{ role: string; address: string }>;
  claims: ReadonlyArray<{ amount: number | null }>;
}

export interface TriageDocument {
  id: string;
  fileName: string;
  category: string | null;
  text: string;
}

export interface TriageResult {
  track: '简' | '繁';
  score: number;
  threshold: number;
  reasons: TriageReason[];
}

// Words a 答辩状 or 笔录 uses to contest a fact or a sum (金额有误, 不予认可 …).
const denial = /不予认可|不予认同|不认可|予以否认|否认|不同意|有异议|提出异议|不属实|与事实不符|有误/;
const foreign = /香港特别行政区|澳门特别行政区|台湾地区|台湾省|外国|外籍|国籍|护照|境外/;
const whereabouts = /下落不明|公告送达/;
const yuan = (n: number) => `${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

function firstHit(documents: readonly TriageDocument[], pattern: RegExp, categories?: readonly string[]) {
  for (const doc of documents) {
    if (categories && !categories.includes(doc.category ?? '')) continue;
    const m = pattern.exec(doc.text);
    if (m) {
      const from = Math.max(0, m.index - 15);
      return { documentId: doc.id, fileName: doc.fileName, snippet: doc.text.slice(from, m.index + m[0].length + 15).replace(/\s+/g, ' ') };
    }
  }
  return null;
}

export function assessTriage(c: TriageCase, documents: readonly TriageDocument[], config: TriageConfig): TriageResult {
  const reasons: TriageReason[] = [];
  const add = (feature: TriageFeature, value: string, points: number, rule: string, source: TriageReason['source'] = null) =>
    reasons.push({ feature, label: triageFeatureLabels[feature], value, points, rule, source });

  const parties = c.parties.filter((p) => p.role !== '公诉机关').length;
  const extra = Math.max(0, parties - config.parties.above);
  add(
    'parties',
    `当事人${parties}人`,
    Math.min(config.parties.maxPoints, extra * config.parties.points),
    `超过${config.parties.above}人的，每多1人加${config.parties.points}分，最多${config.parties.maxPoints}分`,
  );

  const amount = c.claims.reduce((sum, claim) => sum + (claim.amount ?? 0), 0);
  const band = [...config.claimAmount].sort((a, b) => b.atLeast - a.atLeast).find((b) => amount >= b.atLeast);
  add(
    'claimAmount',
    amount ? `诉讼请求金额合计 ${yuan(amount)}` : '诉讼请求未列金额',
    band?.points ?? 0,
    config.claimAmount.map((b) => `满${yuan(b.atLeast)}加${b.points}分`).join('；') || '未设置',
  );

  const cause = c.causeOfAction.trim();
  const complex = config.complexCauses.includes(cause);
  add(
    'cause',
    cause || '未填写',
    complex ? config.causePoints : 0,
    complex
      ? `属本院设定的复杂案由，加${config.causePoints}分`
      : config.simpleCauses.includes(cause)
        ? '属本院设定的常见简单案由，不加分'
        : '不在复杂案由清单中，不加分',
  );

  const counter = firstHit(documents, /反诉/);
  add(
    'counterclaim',
    counter ? '卷宗中提出反诉' : '未见反诉',
    counter ? config.counterclaimPoints : 0,
    `有反诉加${config.counterclaimPoints}分`,
    counter,
  );

  const evidence = documents.filter((d) => d.category === '证据材料').length;
  add(
    'evidenceVolume',
    `证据材料${evidence}份`,
    evidence > config.evidence.above ? config.evidence.points : 0,
    `超过${config.evidence.above}份加${config.evidence.points}分`,
  );

  const contested = firstHit(documents, denial, ['答辩状', '庭审笔录']);
  add(
    'contestedFacts',
    contested ? '答辩或笔录中对事实提出异议' : '未见对事实的异议',
    contested ? config.contestedPoints : 0,
    `被告否认或对事实提出异议的，加${config.contestedPoints}分`,
    contested,
  );

  const foreignAddress = c.parties.find((p) => foreign.test(p.address));
  const foreignDoc = foreignAddress ? null : firstHit(documents, foreign, ['起诉状', '答辩状', '身份证明', '授权委托书']);
  const isForeign = Boolean(foreignAddress || foreignDoc);
  add(
    'foreignElement',
    foreignAddress ? `当事人地址：${foreignAddress.address}` : foreignDoc ? '诉状或身份材料中有涉外、涉港澳台内容' : '未见涉外因素',
    isForeign ? config.foreignPoints : 0,
    `涉外、涉港澳台案件加${config.foreignPoints}分（适用民事诉讼法涉外编，不适用简易程序的情形较多）`,
    foreignDoc,
  );

  const missing = firstHit(documents, whereabouts);
  add(
    'unknownWhereabouts',
    missing ? '有当事人下落不明或需公告送达' : '未见下落不明',
    missing ? config.unknownWhereaboutsPoints : 0,
    `需公告送达的加${config.unknownWhereaboutsPoints}分（公告送达的案件不适用简易程序）`,
    missing,
  );

  const score = reasons.reduce((s, r) => s + r.points, 0);
  return { track: score >= config.threshold ? '繁' : '简', score, threshold: config.threshold, reasons };
}
