import type { ElementDomain } from '../../inference/legal-elements';

/**
 * The 案由 the estimate is built for, the checklist (resources/checklists) that lists each one's
 * 要件, and the legal-elements model's domain where it has one. A cause is named by the words the
 * case form's 案由 contains (劳动合同纠纷 and 追索劳动报酬纠纷 are 劳动争议).
 */
export interface CivilCause {
  cause: string;
  words: RegExp;
  checklists: string[];
  elementDomain: ElementDomain | null;
}

export const civilCauses: readonly CivilCause[] = [
  { cause: '民间借贷纠纷', words: /民间借贷/u, checklists: ['private-lending'], elementDomain: 'loan' },
  { cause: '金融借款合同纠纷', words: /金融借款|借款合同/u, checklists: ['financial-loan'], elementDomain: 'loan' },
  { cause: '信用卡纠纷', words: /信用卡/u, checklists: ['credit-card'], elementDomain: 'loan' },
  { cause: '离婚纠纷', words: /离婚/u, checklists: ['divorce'], elementDomain: 'divorce' },
  { cause: '劳动争议', words: /劳动|劳务报酬|工资/u, checklists: ['labor-dispute', 'labor-pay'], elementDomain: 'labor' },
  { cause: '买卖合同纠纷', words: /买卖合同|买卖/u, checklists: ['sales-contract'], elementDomain: null },
  { cause: '机动车交通事故责任纠纷', words: /交通事故/u, checklists: ['traffic-accident'], elementDomain: null },
  { cause: '物业服务合同纠纷', words: /物业/u, checklists: ['property-service'], elementDomain: null },
  { cause: '房屋租赁合同纠纷', words: /租赁/u, checklists: ['house-lease'], elementDomain: null },
];

/** The estimate's cause for a case's 案由, or null when it is none of the supported ones. */
export function civilCauseOf(cause: string): CivilCause | null {
  return civilCauses.find((c) => c.cause === cause) ?? civilCauses.find((c) => c.words.test(cause)) ?? null;
}
