// The parties a judgment declares in its 当事人 block (原告张三，男，…), read so that later mentions
// can be held against them.
export interface DeclaredParty {
  role: string;
  name: string;
  start: number;
  end: number;
}

/** Longest first so 被告人 wins over 被告 and 被上诉人 over 上诉人. */
export const partyRoles = [
  '附带民事诉讼原告人',
  '附带民事诉讼被告人',
  '被上诉人',
  '原审被告人',
  '原审原告',
  '原审被告',
  '被申请人',
  '被执行人',
  '上诉人',
  '申请人',
  '被告人',
  '第三人',
  '原告',
  '被告',
  '罪犯',
] as const;

const rolePattern = partyRoles.join('|');
const declaration = new RegExp(
  `(?:^|[。\\n；])\\s*(${rolePattern})(?:（[^）]{1,20}）)?[:：]?([^\\s，,。：:（(、；]{2,20}?)(?=[，,（(。])`,
  'g',
);

/** Names that read like a party but are procedural words (被告人及其辩护人 …). */
const notNames = /^(及其|的|对|向|在|于|称|认为|提出|辩称|诉称|等|未|已|不|所|亦|均|与|和)/;

export function declaredParties(text: string): DeclaredParty[] {
  const head = text.slice(0, Math.min(text.length, 6000));
  const stop = head.search(/(诉讼请求|指控|审理终结|一案)/);
  const block = stop > 0 ? head.slice(0, stop + 200) : head;
  const out: DeclaredParty[] = [];
  for (const m of block.matchAll(declaration)) {
    const name = m[2]!;
    if (notNames.test(name) || /与|纠纷|一案|诉/.test(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    if (!out.some((p) => p.name === name)) out.push({ role: m[1]!, name, start, end: start + name.length });
  }
  return out;
}
