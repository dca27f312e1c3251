/**
 * 诉讼地位 of a person span, by rule, not by the model: the role word written right before the
 * name (原告张某, 被告人李×1、王某某, 委托诉讼代理人：赵某). Between the role word and the name only
 * punctuation, 和/与/及 and other names of the same list may stand; anything else (a verb, a
 * place) means the role word belongs to someone else and the role stays null.
 */
export const personRoles = ['原告', '被告', '被告人', '被害人', '第三人', '代理人'] as const;
export type PersonRole = (typeof personRoles)[number];

const ROLE_WORDS: Array<[RegExp, PersonRole]> = [
  [/(?:委托诉讼|诉讼|委托)?代理人$/, '代理人'],
  [/被告人$/, '被告人'],
  [/被害人$/, '被害人'],
  [/第三人$/, '第三人'],
  [/被告$/, '被告'],
  [/原告人?$/, '原告'],
];
const JOINERS = /^[\s：:，,、和与及]*$/;
const LOOK_BACK = 40;

export function roleBefore(text: string, start: number, persons: Array<{ start: number; end: number }>): PersonRole | null {
  let cursor = start;
  const floor = Math.max(0, start - LOOK_BACK);
  // Walk back over "、王某某" and similar: each step skips joiners and one earlier person name.
  for (;;) {
    let before = cursor;
    while (before > floor && JOINERS.test(text[before - 1] ?? 'x')) before -= 1;
    const head = text.slice(floor, before);
    for (const [pattern, role] of ROLE_WORDS) if (pattern.test(head)) return role;
    const previous = persons.find((p) => p.end === before && p.start < before);
    if (!previous) return null;
    cursor = previous.start;
  }
}
