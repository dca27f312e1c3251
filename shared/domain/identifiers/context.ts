/**
 * What the words just before a number say it is. A bare 18-digit string may be a 身份证 or an
 * account; "账号：" or "身份证号码" right before it decides. The nearest keyword wins, and the look
 * stops at a sentence end so one sentence's 身份证 does not type the next sentence's number.
 */
export type NumberContext = 'id' | 'phone' | 'bank' | 'credit' | 'none';

const KEYWORDS: Array<[Exclude<NumberContext, 'none'>, RegExp]> = [
  ['credit', /统一社会信用代码|社会信用代码|信用代码/g],
  ['id', /身份证|身份号码|公民身份|证件号/g],
  ['phone', /电话|手机|联系方式|传真|热线|TEL|PHONE/g],
  ['bank', /账号|帐号|卡号|开户行|账户|帐户|银行卡|存折|借记卡|信用卡/g],
];

const LOOK_BACK = 16;

export function contextBefore(view: string, start: number): NumberContext {
  let window = view.slice(Math.max(0, start - LOOK_BACK), start);
  const stop = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('\n'));
  if (stop >= 0) window = window.slice(stop + 1);
  let best: NumberContext = 'none';
  let bestEnd = -1;
  for (const [kind, pattern] of KEYWORDS) {
    for (const match of window.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (end > bestEnd) {
        bestEnd = end;
        best = kind;
      }
    }
  }
  return best;
}
