// 计算器: runs the pure calculators of shared/domain/calculators, turns their input errors into
// refusals and fills each cited article's text from the statute store. Deterministic, not AI:
// nothing here is audited, as with the citation check.
import { Refusal } from '../../../shared/contract/refusal';
import {
  CalculatorInputError,
  courtFee,
  delayInterest,
  lendingInterest,
  type Calculation,
  type CalculationCitation,
  type CourtFeeInput,
  type DelayInterestInput,
  type LendingInterestInput,
} from '../../../shared/domain/calculators';
import { today, type LawService } from '../laws';
import { lprOn } from './lpr-table';

export class CalculatorsService {
  constructor(private readonly laws: LawService) {}

  /** 民间借贷利息 under the caps by period, with the LPR table of resources/lpr. */
  lendingInterest(input: LendingInterestInput) {
    return this.run(() => lendingInterest(input, lprOn));
  }

  /** 迟延履行期间的债务利息. */
  delayInterest(input: DelayInterestInput) {
    return this.run(() => delayInterest(input));
  }

  /** 诉讼费: 案件受理费, 申请执行费, 申请保全费. */
  courtFees(input: CourtFeeInput) {
    return this.run(() => courtFee(input));
  }

  private run<R>(calculate: () => Calculation<R>): Calculation<R> {
    let calculation: Calculation<R>;
    try {
      calculation = calculate();
    } catch (error) {
      if (error instanceof CalculatorInputError) throw new Refusal('VALIDATION', error.message, error.field);
      throw error;
    }
    return { ...calculation, citations: calculation.citations.map((c) => this.withText(c)) };
  }

  /** The article as the store holds it today; a citation the calculator marked null is not looked up. */
  private withText(citation: CalculationCitation): CalculationCitation {
    if (citation.text === null) return citation;
    return { ...citation, text: this.laws.articleText(citation.law, citation.article, today()) };
  }
}
