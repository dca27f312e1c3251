/** The shape of every calculator's answer: the figures, how they were reached, and on what law. */

export interface CalculationStep {
  /** What this step is (第2段：超过1万元至10万元的部分). */
  label: string;
  /** The arithmetic, written out with the step's own numbers. */
  formula: string;
  /** The step's result as shown (2,250.00元). */
  value: string;
}

export interface CalculationCitation {
  /** The law's full title without 《》. */
  law: string;
  article: number;
  /** 第十三条, 第三十一条第二款. */
  articleLabel: string;
  /** Why it applies here, in a few words. */
  note: string;
  /**
   * The article as the statute store holds it, filled by the main process; null where the store
   * lacks it, or where the calculator knows the store's text is another version (not looked up).
   */
  text?: string | null;
}

export interface Calculation<R> {
  result: R;
  steps: CalculationStep[];
  citations: CalculationCitation[];
  /** The rounding and counting rules the figures follow, stated once. */
  rules: string[];
}

/** A request the calculators cannot compute, with the request field it is about. */
export class CalculatorInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'CalculatorInputError';
  }
}

export const roundingRule = '每一步按四舍五入计算到分，合计为各步金额之和。';
