import type { CalculationCitation, CalculationStep } from '../../../shared/domain/calculators';

export interface SummaryItem {
  label: string;
  value: string;
}

export interface CalculationLike {
  steps: CalculationStep[];
  citations: CalculationCitation[];
  rules: string[];
}

/** The whole result as plain text for the clipboard: the figures, each step, the articles, the rules. */
export function calculationText(title: string, summary: SummaryItem[], calculation: CalculationLike): string {
  const lines = [title, ...summary.map((s) => `${s.label}：${s.value}`), '', '计算步骤：'];
  calculation.steps.forEach((step, i) => lines.push(`${i + 1}. ${step.label}：${step.formula} = ${step.value}`));
  lines.push('', '法律依据：');
  for (const c of calculation.citations) lines.push(`《${c.law}》${c.articleLabel}（${c.note}）`);
  if (calculation.rules.length) lines.push('', '计算规则：', ...calculation.rules);
  return lines.join('\n');
}
