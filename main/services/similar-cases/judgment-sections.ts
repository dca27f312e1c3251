import { CASE_NUMBER, courtAtStart } from './court-info';

/** A full judgment cut into the parts the case store keeps. Empty string: the part is absent. */
export interface JudgmentSections {
  court: string | null;
  caseNumber: string | null;
  /** 判决书 / 裁定书 / 决定书 / 调解书, from the heading. */
  documentType: string | null;
  parties: string;
  facts: string;
  reasoning: string;
  result: string;
  /** The 依照《…》…之规定 sentence(s). */
  citationText: string;
}

// Where the facts start, most specific first (a criminal judgment restates the charge, then 经审理查明).
const FACT_STARTS = ['经审理查明', '公诉机关指控', '检察院指控', '起诉书指控', '诉称', '原审查明', '经审查'];
const REASONING_START = '本院认为';
const RESULT_STARTS = ['判决如下', '裁定如下', '决定如下'];
const RESULT_ENDS = ['如不服本判决', '如不服本裁定', '本判决为终审判决', '本裁定为终审裁定', '审判长', '审判员', '人民陪审员', '附：'];

function firstIndex(text: string, needles: readonly string[], from = 0): number {
  let best = -1;
  for (const n of needles) {
    const i = text.indexOf(n, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

function sentenceStart(text: string, at: number): number {
  const before = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at), text.lastIndexOf('。 ', at));
  return before < 0 ? 0 : before + 1;
}

export function splitJudgment(raw: string): JudgmentSections {
  const text = raw.replace(/\r/g, '').trim();
  const caseNumber = CASE_NUMBER.exec(text.slice(0, 400))?.[0] ?? null;
  const heading = text.slice(0, 120);
  const documentType = /(判决书|裁定书|决定书|调解书|通知书)/.exec(heading)?.[1] ?? null;
  const reasoningAt = text.indexOf(REASONING_START);
  const resultAt = firstIndex(text, RESULT_STARTS, Math.max(0, reasoningAt));
  const factSearchEnd = reasoningAt >= 0 ? reasoningAt : resultAt >= 0 ? resultAt : text.length;
  const factWord = firstIndex(text.slice(0, factSearchEnd), FACT_STARTS);
  const factsAt = factWord >= 0 ? sentenceStart(text, factWord) : -1;
  const facts = factsAt >= 0 ? text.slice(factsAt, factSearchEnd).trim() : '';
  const partiesEnd = factsAt >= 0 ? factsAt : factSearchEnd;
  const partiesFrom = caseNumber ? text.indexOf(caseNumber) + caseNumber.length : 0;
  const reasoning = reasoningAt >= 0 ? text.slice(reasoningAt, resultAt > reasoningAt ? resultAt : undefined).trim() : '';
  let result = '';
  if (resultAt >= 0) {
    const end = firstIndex(text, RESULT_ENDS, resultAt);
    result = text.slice(resultAt, end > resultAt ? end : undefined).trim();
  }
  const citations = [...(reasoning + result).matchAll(/(?:依照|根据|依据)(《[^。]*?)(?:之规定|的规定|规定)/g)].map((m) => m[1] ?? '');
  return {
    court: courtAtStart(text),
    caseNumber,
    documentType,
    parties: text.slice(partiesFrom, partiesEnd).trim().slice(0, 2000),
    facts,
    reasoning,
    result,
    citationText: citations.join('；'),
  };
}

/** 犯诈骗罪 / 犯贩卖、运输毒品罪 → charge names with 罪, in order, once each. */
export function chargesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/犯([\u4e00-\u9fa5、]{2,24}?罪)/g)) {
    const charge = (m[1] ?? '').replace(/^(?:有|了|下|被告人)/, '');
    if (charge.length >= 3 && !out.includes(charge)) out.push(charge);
  }
  return out;
}

/**
 * Charges the prosecution brought (…起诉书指控被告人甲犯赌博罪): for judgments cut before the
 * operative part (LeCaRDv2 queries). Only 指控 sentences, so a prior conviction (曾因犯…罪被判处)
 * in the parties' section is not taken for the present charge.
 */
export function accusedCharges(text: string): string[] {
  const sentences = [...text.matchAll(/指控[^。]*?。/g)].map((m) => m[0]);
  return chargesIn(sentences.join(''));
}

/** 以盗窃罪，判处… in a case report. */
export function reportedCharges(text: string): string[] {
  const out = chargesIn(text);
  for (const m of text.matchAll(/以([\u4e00-\u9fa5、]{2,16}?罪)(?:[，,]|判处|对)/g)) {
    const charge = m[1] ?? '';
    if (!out.includes(charge)) out.push(charge);
  }
  return out;
}

/** CAIL writes charges without 罪 and with brackets: [走私、贩卖、运输、制造]毒品 → 走私、贩卖、运输、制造毒品罪. */
export function normaliseCharge(name: string): string {
  const plain = name.replace(/[[\]［］\s]/g, '');
  return plain.endsWith('罪') ? plain : `${plain}罪`;
}
