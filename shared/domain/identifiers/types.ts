/** The identifier kinds findIdentifiers reports. */
export type IdentifierType = 'residentId' | 'mobile' | 'landline' | 'bankAccount' | 'creditCode';

/** Chinese names for the UI and for messages. */
export const IDENTIFIER_LABELS: Record<IdentifierType, string> = {
  residentId: '公民身份号码',
  mobile: '手机号码',
  landline: '固定电话',
  bankAccount: '银行账号',
  creditCode: '统一社会信用代码',
};

export interface IdentifierSpan {
  type: IdentifierType;
  /** UTF-16 offsets into the text passed in: text.slice(start, end) is the number as written. */
  start: number;
  end: number;
  /** Canonical form: half-width, upper-case, separators removed, every mask character as '*'. */
  value: string;
  /** Passed every check that applies to its type (see the header of index.ts). */
  valid: boolean;
  /** Chinese sentence naming the problem when not valid, else null. */
  reason: string | null;
  /** Part of the number is hidden (*, ×, X …), as in de-identified judgments. */
  masked: boolean;
}
