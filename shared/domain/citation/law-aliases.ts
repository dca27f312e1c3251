/**
 * Names of laws and judicial interpretations as courts write them → the official title.
 *
 * Our own maintained list (not copied from any data set). Titles are spelled exactly as the first
 * line of the statute files in the team data folder (laws/lawrefbook: 中华人民共和国民法典,
 * 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释 …), so a canonical title found here resolves
 * against the knowledge store. Repealed laws (合同法, 物权法 …) stay in the list: judgments written
 * before 2021 cite them, and the resolver must be able to say "no longer in force".
 *
 * The 中华人民共和国 prefix never needs listing as an alias: matching ignores it (see lawTitleKey).
 */
export interface LawAliasEntry {
  /** Official title, as in the statute file. */
  readonly title: string;
  /** Other names in court use (abbreviations, informal names). */
  readonly aliases: readonly string[];
}

const PRC = '中华人民共和国';

/** National laws cited by their short name; the official title is 中华人民共和国 + the name. */
const NATIONAL_LAWS: ReadonlyArray<readonly [shortName: string, aliases: readonly string[]]> = [
  ['民法典', []],
  ['刑法', []],
  ['民事诉讼法', ['民诉法']],
  ['刑事诉讼法', ['刑诉法']],
  ['行政诉讼法', ['行诉法']],
  ['合同法', []],
  ['物权法', []],
  ['担保法', []],
  ['侵权责任法', []],
  ['婚姻法', []],
  ['继承法', []],
  ['收养法', []],
  ['民法通则', []],
  ['民法总则', []],
  ['劳动合同法', []],
  ['劳动法', []],
  ['劳动争议调解仲裁法', []],
  ['公司法', []],
  ['合伙企业法', []],
  ['企业破产法', ['破产法']],
  ['保险法', []],
  ['票据法', []],
  ['证券法', []],
  ['商业银行法', []],
  ['海商法', []],
  ['仲裁法', []],
  ['人民调解法', []],
  ['行政复议法', []],
  ['行政处罚法', []],
  ['行政许可法', []],
  ['行政强制法', []],
  ['国家赔偿法', []],
  ['治安管理处罚法', []],
  ['道路交通安全法', []],
  ['消费者权益保护法', ['消法']],
  ['产品质量法', []],
  ['食品安全法', []],
  ['电子商务法', []],
  ['个人信息保护法', []],
  ['著作权法', []],
  ['商标法', []],
  ['专利法', []],
  ['反不正当竞争法', []],
  ['反垄断法', []],
  ['农村土地承包法', []],
  ['土地管理法', []],
  ['城市房地产管理法', []],
  ['城乡规划法', []],
  ['环境保护法', []],
  ['社会保险法', []],
  ['未成年人保护法', []],
  ['妇女权益保障法', []],
  ['老年人权益保障法', []],
  ['反家庭暴力法', []],
  ['涉外民事关系法律适用法', []],
  ['律师法', []],
  ['法官法', []],
  ['人民法院组织法', []],
  ['监察法', []],
  ['禁毒法', []],
  ['反电信网络诈骗法', []],
];

const SPC = '最高人民法院';
const SPC_SPP = '最高人民法院、最高人民检察院';

/** Judicial interpretations and other long titles, with the names judges actually type. */
const LONG_TITLES: readonly LawAliasEntry[] = [
  { title: `${SPC}关于适用《${PRC}民事诉讼法》的解释`, aliases: ['民诉法解释', '民事诉讼法解释', '民诉解释', '民诉法司法解释'] },
  { title: `${SPC}关于适用《${PRC}刑事诉讼法》的解释`, aliases: ['刑诉法解释', '刑事诉讼法解释', '刑诉解释'] },
  { title: `${SPC}关于适用《${PRC}行政诉讼法》的解释`, aliases: ['行诉法解释', '行政诉讼法解释'] },
  { title: `${SPC}关于审理民间借贷案件适用法律若干问题的规定`, aliases: ['民间借贷规定', '民间借贷司法解释', '民间借贷解释'] },
  { title: `${SPC}关于民事诉讼证据的若干规定`, aliases: ['证据规定', '民事证据规定', '民事诉讼证据规定', '新民事证据规定'] },
  { title: `${SPC}关于适用《${PRC}民法典》有关担保制度的解释`, aliases: ['担保制度解释', '民法典担保制度解释', '民法典担保解释'] },
  { title: `${SPC}关于适用《${PRC}民法典》合同编通则若干问题的解释`, aliases: ['民法典合同编通则解释', '合同编通则解释'] },
  { title: `${SPC}关于适用《${PRC}民法典》总则编若干问题的解释`, aliases: ['民法典总则编解释', '总则编解释'] },
  { title: `${SPC}关于适用《${PRC}民法典》物权编的解释（一）`, aliases: ['民法典物权编解释（一）', '物权编解释（一）'] },
  { title: `${SPC}关于适用《${PRC}民法典》婚姻家庭编的解释（一）`, aliases: ['民法典婚姻家庭编解释（一）', '婚姻家庭编解释（一）'] },
  { title: `${SPC}关于适用《${PRC}民法典》婚姻家庭编的解释（二）`, aliases: ['民法典婚姻家庭编解释（二）', '婚姻家庭编解释（二）'] },
  { title: `${SPC}关于适用《${PRC}民法典》继承编的解释（一）`, aliases: ['民法典继承编解释（一）', '继承编解释（一）'] },
  { title: `${SPC}关于适用《${PRC}民法典》侵权责任编的解释（一）`, aliases: ['民法典侵权责任编解释（一）', '侵权责任编解释（一）'] },
  { title: `${SPC}关于适用《${PRC}民法典》时间效力的若干规定`, aliases: ['民法典时间效力规定', '时间效力规定'] },
  { title: `${SPC}关于审理劳动争议案件适用法律问题的解释（一）`, aliases: ['劳动争议解释（一）', '劳动争议司法解释（一）'] },
  { title: `${SPC}关于审理民事案件适用诉讼时效制度若干问题的规定`, aliases: ['诉讼时效规定'] },
  { title: `${SPC}关于审理人身损害赔偿案件适用法律若干问题的解释`, aliases: ['人身损害赔偿解释', '人损解释'] },
  { title: `${SPC}关于审理道路交通事故损害赔偿案件适用法律若干问题的解释`, aliases: ['道路交通事故损害赔偿解释', '交通事故损害赔偿解释'] },
  { title: `${SPC}关于确定民事侵权精神损害赔偿责任若干问题的解释`, aliases: ['精神损害赔偿解释'] },
  { title: `${SPC}关于审理买卖合同纠纷案件适用法律问题的解释`, aliases: ['买卖合同解释'] },
  { title: `${SPC}关于审理商品房买卖合同纠纷案件适用法律若干问题的解释`, aliases: ['商品房买卖合同解释'] },
  { title: `${SPC}关于审理城镇房屋租赁合同纠纷案件具体应用法律若干问题的解释`, aliases: ['房屋租赁合同解释', '城镇房屋租赁合同解释'] },
  { title: `${SPC}关于审理融资租赁合同纠纷案件适用法律问题的解释`, aliases: ['融资租赁合同解释'] },
  { title: `${SPC}关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）`, aliases: ['建设工程施工合同解释（一）', '建工解释（一）'] },
  { title: `${SPC}关于人民法院办理执行异议和复议案件若干问题的规定`, aliases: ['执行异议复议规定', '执行异议和复议规定'] },
  { title: `${SPC}关于适用《${PRC}公司法》若干问题的规定（一）`, aliases: ['公司法解释（一）', '公司法司法解释（一）'] },
  { title: `${SPC}关于适用《${PRC}公司法》若干问题的规定（二）`, aliases: ['公司法解释（二）', '公司法司法解释（二）'] },
  { title: `${SPC}关于适用《${PRC}公司法》若干问题的规定（三）`, aliases: ['公司法解释（三）', '公司法司法解释（三）'] },
  { title: `${SPC}关于适用《${PRC}公司法》若干问题的规定（四）`, aliases: ['公司法解释（四）', '公司法司法解释（四）'] },
  { title: `${SPC}关于适用《${PRC}公司法》若干问题的规定（五）`, aliases: ['公司法解释（五）', '公司法司法解释（五）'] },
  { title: `${SPC}关于适用《${PRC}合同法》若干问题的解释（一）`, aliases: ['合同法解释（一）'] },
  { title: `${SPC}关于适用《${PRC}合同法》若干问题的解释（二）`, aliases: ['合同法解释（二）'] },
  { title: `${SPC}关于适用《${PRC}担保法》若干问题的解释`, aliases: ['担保法解释'] },
  { title: `${SPC}关于适用《${PRC}婚姻法》若干问题的解释（一）`, aliases: ['婚姻法解释（一）'] },
  { title: `${SPC}关于适用《${PRC}婚姻法》若干问题的解释（二）`, aliases: ['婚姻法解释（二）'] },
  { title: `${SPC}关于适用《${PRC}婚姻法》若干问题的解释（三）`, aliases: ['婚姻法解释（三）'] },
  { title: `${SPC}关于处理自首和立功具体应用法律若干问题的解释`, aliases: ['自首立功解释'] },
  { title: `${SPC}关于审理交通肇事刑事案件具体应用法律若干问题的解释`, aliases: ['交通肇事解释'] },
  { title: `${SPC}关于审理毒品犯罪案件适用法律若干问题的解释`, aliases: ['毒品犯罪解释'] },
  { title: `${SPC_SPP}关于办理盗窃刑事案件适用法律若干问题的解释`, aliases: ['盗窃解释'] },
  { title: `${SPC_SPP}关于办理诈骗刑事案件具体应用法律若干问题的解释`, aliases: ['诈骗解释'] },
  { title: `${SPC_SPP}关于办理敲诈勒索刑事案件适用法律若干问题的解释`, aliases: ['敲诈勒索解释'] },
];

export const LAW_ALIASES: readonly LawAliasEntry[] = [
  ...NATIONAL_LAWS.map(([shortName, aliases]) => ({ title: `${PRC}${shortName}`, aliases })),
  ...LONG_TITLES,
];

/** Inner title marks as judgments write them when nesting: 〈〉, ﹤﹥, <>, ＜＞. */
const INNER_MARKS = /[〈﹤<＜]|[〉﹥>＞]/g;

/** 中华人民共和国 as a prefix of the whole title or of a title nested in it, never mid-word
 * (外国人在中华人民共和国收养子女登记办法 keeps it). */
const LEADING_PRC = /(^|[《〈﹤<＜])中华人民共和国/g;

/**
 * The spelling a title is compared under: no whitespace, no title marks of any kind, no
 * 中华人民共和国, half-width brackets made full-width, and the SPC/SPP joint-issuer separator unified.
 * 《民法典》, 中华人民共和国民法典 and 民法典 share one key; so do the store's
 * 最高人民法院关于适用《民事诉讼法》的解释 and the official 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释.
 * The knowledge store uses the same key to find a law, so both sides must agree on it.
 */
export function lawTitleKey(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(LEADING_PRC, '$1')
    .replace(INNER_MARKS, '')
    .replace(/[《》]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^最高人民法院[、]?最高人民检察院/, SPC_SPP);
}

const TITLE_BY_KEY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of LAW_ALIASES) {
    for (const name of [entry.title, ...entry.aliases]) map.set(lawTitleKey(name), entry.title);
  }
  return map;
})();

/** The official title for a name in our table, or null when the name is not one we know. */
export function lookupLawTitle(name: string): string | null {
  return TITLE_BY_KEY.get(lawTitleKey(name)) ?? null;
}

/**
 * Every spelling that may stand without title marks before 第X条 (刑法第二百六十四条), longest first
 * so 劳动合同法 wins over 合同法 and 民诉法解释 over 民诉法. Both with and without 中华人民共和国.
 */
export const BARE_LAW_NAMES: readonly string[] = (() => {
  const names = new Set<string>();
  for (const entry of LAW_ALIASES) {
    for (const name of [entry.title, ...entry.aliases]) {
      if (name.includes('《')) continue; // long titles with inner marks are written inside 《》
      names.add(name);
      if (name.startsWith(PRC)) names.add(name.slice(PRC.length));
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
})();
