/**
 * Removes who a party is from a fact text before a model sees it (SPC 2022 Opinions: outputs must
 * not be biased by a party's identity): names, gender (男/女), ethnicity (汉族, 回族 …), birthplace
 * and occupation become fixed placeholders, so two texts that differ only in these give the same
 * model input.
 *
 * Mirrored rule for rule in models/training/criminal_judgment/neutralise.py; a test proves both
 * give the same output on real case texts. Keep every pattern in the regex subset both JavaScript
 * (with the u flag) and Python `re` read the same way: character classes, alternation, fixed-width
 * lookbehind, lookahead.
 */
import { compoundSurnames, singleSurnames } from './chinese-surnames';

export interface NeutraliseOptions {
  /** Party names the caller knows (from the case record): replaced wherever they occur. */
  names?: readonly string[];
}

export const placeholders = {
  person: '某',
  gender: '某性别',
  ethnicity: '某族',
  place: '某地',
  occupation: '某职业',
} as const;

// Not after 公: 公司马某 is 公司 + 马某, not the surname 司马 (nor 司) eating the 司 of 公司.
const surname = `(?<!公)(?:${compoundSurnames.join('|')}|[${singleSurnames}])`;

/** 56 民族 (without 族), longest first so 维吾尔 wins over shorter overlaps. */
export const ethnicities = [
  '汉',
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
];

/** Occupations as written in the defendant's particulars (…，男，汉族，农民，…). */
export const occupations = [
  '农民',
  '无业',
  '无固定职业',
  '无职业',
  '个体工商户',
  '个体户',
  '个体经营',
  '工人',
  '职工',
  '职员',
  '公司职员',
  '教师',
  '学生',
  '在校学生',
  '司机',
  '务工',
  '务工人员',
  '务农',
  '干部',
  '公务员',
  '医生',
  '护士',
  '退休',
  '退休工人',
  '退休干部',
  '自由职业',
  '自由职业者',
  '待业',
  '经商',
  '商人',
  '农民工',
  '保安',
  '厨师',
  '会计',
  '销售员',
  '军人',
  '村民',
  '工程师',
  '律师',
];

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

const roles = '被告人|被害人|犯罪嫌疑人|嫌疑人|证人|同案犯|被上诉人|上诉人|自诉人|受害人|死者';
const delimiter = '[，,、。；;：:（(与和等]';

/** [pattern, replacement]; `$1`/`$2` refer to kept groups. Applied in this order. */
export const neutraliseRules: ReadonlyArray<readonly [string, string]> = [
  // Masked names: 张某某, 欧阳某, 王某甲, 某乙, 刘某1 (one index digit, so 谷某甲900元 keeps its 900).
  [`${surname}?某{1,3}[甲乙丙丁戊己庚辛壬癸]?(?:[0-9０-９](?![0-9０-９]))?`, placeholders.person],
  // 李×1, 王× (CAIL2018): the surname is required (5年×30% is arithmetic) and the index is one digit.
  [`${surname}[×ＸXx＊*]{1,4}[0-9０-９]?`, placeholders.person],
  // JuDGE-style masking: 张3 (not 于2017年, 高3米).
  [`${surname}[0-9]{1,2}(?![0-9年月日时分秒元万千百米克吨斤岁号楼层栋室点次个名辆])`, placeholders.person],
  // An unmasked name right after a role word and before a delimiter: 被告人李明，
  [`(${roles})${surname}[\u4e00-\u9fff]{1,2}(?=${delimiter})`, `$1${placeholders.person}`],
  // Gender in the particulars: ，男， / 性别：女
  [`(性别[：:]?)[男女]`, `$1${placeholders.gender}`],
  [`([，,、：:；;（(]|^)[男女](?=[，,、。；;）)]|$)`, `$1${placeholders.gender}`],
  [`(?:${longestFirst(ethnicities).join('|')})族`, placeholders.ethnicity],
  [`((?:出生于|(?<![发产])生于|出生地|户籍所在地|户籍地|籍贯|原籍)[：:为是]?)[^，,。；;、\\s]{1,30}`, `$1${placeholders.place}`],
  [`([，,])[^，,。；;、\\s]{2,15}?(?:省|市|县|区|旗|州|镇|乡|村)人(?=[，,。；;])`, `$1${placeholders.place}人`],
  [`(职业[：:为是]?)[^，,。；;、\\s]{1,12}`, `$1${placeholders.occupation}`],
  [`([，,、])(?:${longestFirst(occupations).join('|')})(?=[，,、。；;])`, `$1${placeholders.occupation}`],
];

const compiled = neutraliseRules.map(([pattern, replacement]) => [new RegExp(pattern, 'gu'), replacement] as const);

/** The text with party identity replaced by placeholders; pure and deterministic. */
export function neutraliseIdentity(text: string, options: NeutraliseOptions = {}): string {
  let out = text;
  const names = longestFirst((options.names ?? []).filter((name) => [...name].length >= 2));
  for (const name of names) out = out.split(name).join(placeholders.person);
  for (const [pattern, replacement] of compiled) out = out.replace(pattern, replacement);
  return out;
}
