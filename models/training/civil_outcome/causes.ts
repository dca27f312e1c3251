/**
 * The 案由 of a CAIL2019 要素识别 judgment: the data set names only its domain. Loan judgments
 * whose plaintiff is a bank, credit cooperative, asset manager or lender company are 金融借款合同纠纷; the rest
 * 民间借贷纠纷.
 */
export function causeOfDomainText(domain: 'loan' | 'divorce' | 'labor', text: string): string {
  if (domain === 'divorce') return '离婚纠纷';
  if (domain === 'labor') return '劳动争议';
  return /原告[^，。：:；]{0,30}(?:银行|信用(?:合作)?(?:联)?社|资产管理|信托|金融|小额贷款)/u.test(text)
    ? '金融借款合同纠纷'
    : '民间借贷纠纷';
}
