/**
 * One judgment (裁判文书) as the similar-case store holds it, whatever data set it came from.
 * Text fields keep the source's own masking of parties (李×1, 张某某); nothing is re-identified.
 */
export interface CaseRecord {
  /** Data set the record came from (cail2018, judge_test, lecard_v2 …). */
  source: string;
  /** Stable id within the source: its own id, else a hash of the facts. */
  sourceId: string;
  /** 刑事 / 民事 */
  kind: '刑事' | '民事';
  court: string | null;
  /** 最高 / 高级 / 中级 / 基层 */
  courtLevel: CourtLevel | null;
  /** Province (浙江, 北京 …) from the court name or the case number. */
  region: string | null;
  caseNumber: string | null;
  /** Charges (with 罪) for criminal cases, 案由 for civil ones. */
  causes: string[];
  /** ISO date of the judgment, when the text states it. */
  decidedOn: string | null;
  parties: string;
  facts: string;
  /** 本院认为 … : the court's reasoning, which states the dispute focus. */
  reasoning: string;
  /** 判决如下 … */
  result: string;
  /** Citation text to resolve against the statute store (《中华人民共和国刑法》第二百六十四条、…). */
  citationText: string;
  outcome: CaseOutcome;
}

export type CourtLevel = '最高' | '高级' | '中级' | '基层';
export const courtLevels: readonly CourtLevel[] = ['最高', '高级', '中级', '基层'];

export interface CaseOutcome {
  /** Fixed-term imprisonment or 拘役 in months; null when none was stated. */
  prisonMonths: number | null;
  lifeImprisonment: boolean;
  deathPenalty: boolean;
  /** 罚金 in yuan. */
  fine: number | null;
  /** Civil: the principal the court ordered paid, in yuan. */
  awarded: number | null;
}

export const emptyOutcome: CaseOutcome = { prisonMonths: null, lifeImprisonment: false, deathPenalty: false, fine: null, awarded: null };

/** Why a source line did not become a record. Counted and reported by reason, never dropped silently. */
export type CaseProblemReason = 'invalid-json' | 'unknown-format' | 'not-a-judgment' | 'no-facts' | 'duplicate';

export const caseProblemLabels: Record<CaseProblemReason, string> = {
  'invalid-json': '不是有效的 JSON',
  'unknown-format': '无法识别的数据格式',
  'not-a-judgment': '不是判决书（裁定书、决定书等，无案件事实）',
  'no-facts': '找不到案件事实或事实过短',
  duplicate: '与已导入的案例重复（同一来源编号或相同事实）',
};

export interface CaseProblem {
  reason: CaseProblemReason;
  source: string;
  /** Where: source id or line number, for the report. */
  where: string;
}
