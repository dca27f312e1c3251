/**
 * 案号 (case number) in the form fixed by 《最高人民法院关于人民法院案件案号的若干规定》 (in force
 * since 2016-01-01): （收案年度）法院代字 + 类型代字 + 案件编号 + 号, e.g. （2024）京0105民初1234号.
 *
 * Parsing walks the number part by part so that a clerk is told which part is wrong, in Chinese,
 * instead of a bare "格式不正确". Half-width parentheses and full-width digits are accepted and
 * normalised (documents copied from Word or PDFs carry both).
 */

export type CaseCategory = 'civil' | 'criminal' | 'administrative' | 'enforcement' | 'compensation' | 'other';

export interface CaseTypeCode {
  code: string;
  /** What the code stands for, as the 代字标准 names it. */
  label: string;
  category: CaseCategory;
}

/**
 * The case-type codes (类型代字) in everyday use, after 《人民法院案件类型及其代字标准》. A
 * maintained subset: add a row here when a court uses one that is missing.
 */
export const caseTypeCodes: readonly CaseTypeCode[] = [
  { code: '民初', label: '民事一审', category: 'civil' },
  { code: '民终', label: '民事二审', category: 'civil' },
  { code: '民再', label: '民事再审', category: 'civil' },
  { code: '民申', label: '民事申请再审审查', category: 'civil' },
  { code: '民抗', label: '民事抗诉再审审查', category: 'civil' },
  { code: '民监', label: '民事依职权再审审查', category: 'civil' },
  { code: '民特', label: '民事特别程序', category: 'civil' },
  { code: '民督', label: '申请支付令审查', category: 'civil' },
  { code: '民催', label: '公示催告', category: 'civil' },
  { code: '民撤', label: '第三人撤销之诉', category: 'civil' },
  { code: '民辖', label: '民事管辖', category: 'civil' },
  { code: '民辖终', label: '民事管辖上诉', category: 'civil' },
  { code: '民他', label: '民事其他', category: 'civil' },
  { code: '破申', label: '破产申请审查', category: 'civil' },
  { code: '破', label: '破产', category: 'civil' },
  { code: '破终', label: '破产上诉', category: 'civil' },
  { code: '强清申', label: '强制清算申请审查', category: 'civil' },
  { code: '强清', label: '强制清算', category: 'civil' },
  { code: '财保', label: '非诉财产保全审查', category: 'civil' },
  { code: '协外认', label: '承认与执行外国法院判决、仲裁裁决审查', category: 'civil' },
  { code: '知民初', label: '知识产权民事一审（最高法知识产权法庭）', category: 'civil' },
  { code: '知民终', label: '知识产权民事二审（最高法知识产权法庭）', category: 'civil' },
  { code: '刑初', label: '刑事一审', category: 'criminal' },
  { code: '刑终', label: '刑事二审', category: 'criminal' },
  { code: '刑再', label: '刑事再审', category: 'criminal' },
  { code: '刑申', label: '刑事申诉审查', category: 'criminal' },
  { code: '刑监', label: '刑事依职权再审审查', category: 'criminal' },
  { code: '刑核', label: '死刑复核', category: 'criminal' },
  { code: '刑更', label: '刑罚与执行变更（减刑、假释）', category: 'criminal' },
  { code: '刑医', label: '强制医疗', category: 'criminal' },
  { code: '刑没', label: '违法所得没收', category: 'criminal' },
  { code: '刑他', label: '刑事其他', category: 'criminal' },
  { code: '行初', label: '行政一审', category: 'administrative' },
  { code: '行终', label: '行政二审', category: 'administrative' },
  { code: '行再', label: '行政再审', category: 'administrative' },
  { code: '行申', label: '行政申请再审审查', category: 'administrative' },
  { code: '行监', label: '行政依职权再审审查', category: 'administrative' },
  { code: '行审', label: '非诉行政行为申请执行审查', category: 'administrative' },
  { code: '行审复', label: '非诉行政行为申请执行审查复议', category: 'administrative' },
  { code: '行赔初', label: '行政赔偿一审', category: 'administrative' },
  { code: '行赔终', label: '行政赔偿二审', category: 'administrative' },
  { code: '行他', label: '行政其他', category: 'administrative' },
  { code: '知行初', label: '知识产权行政一审（最高法知识产权法庭）', category: 'administrative' },
  { code: '知行终', label: '知识产权行政二审（最高法知识产权法庭）', category: 'administrative' },
  { code: '执', label: '首次执行', category: 'enforcement' },
  { code: '执恢', label: '恢复执行', category: 'enforcement' },
  { code: '执保', label: '财产保全执行', category: 'enforcement' },
  { code: '执异', label: '执行异议', category: 'enforcement' },
  { code: '执复', label: '执行复议', category: 'enforcement' },
  { code: '执监', label: '执行监督', category: 'enforcement' },
  { code: '执协', label: '执行协调', category: 'enforcement' },
  { code: '执他', label: '执行其他', category: 'enforcement' },
  { code: '赔', label: '法院作为赔偿义务机关审查', category: 'compensation' },
  { code: '委赔', label: '赔偿委员会审理赔偿', category: 'compensation' },
  { code: '司救', label: '司法救助', category: 'other' },
  { code: '司惩', label: '司法制裁审查', category: 'other' },
];

const typeByCode = new Map(caseTypeCodes.map((t) => [t.code, t]));

export function caseTypeOf(code: string): CaseTypeCode | undefined {
  return typeByCode.get(code);
}

/**
 * Province codes as case numbers write them (人民法院案件案号若干规定 court-code table): 内 for
 * 内蒙古 and 黔 for 贵州 — not the everyday 蒙/贵 — plus 兵 for the 新疆生产建设兵团 courts.
 */
export const provinceAbbreviations = [
  '京',
  '津',
  '冀',
  '晋',
  '内',
  '辽',
  '吉',
  '黑',
  '沪',
  '苏',
  '浙',
  '皖',
  '闽',
  '赣',
  '鲁',
  '豫',
  '鄂',
  '湘',
  '粤',
  '桂',
  '琼',
  '渝',
  '川',
  '黔',
  '云',
  '藏',
  '陕',
  '甘',
  '青',
  '宁',
  '新',
  '兵',
] as const;
const provinces = new Set<string>(provinceAbbreviations);

export const supremeCourtCode = '最高法';

/** The first year of the current numbering rules. */
export const firstCaseNumberYear = 2016;

export interface CaseNumber {
  /** 收案年度 */
  year: number;
  /** 法院代字: 最高法, a province (高级法院), + 2 digits (中级/专门法院) or + 4 digits (基层法院). */
  court: string;
  /** 类型代字 */
  typeCode: string;
  /** 案件编号 */
  sequence: number;
  /** The -1 of （2016）粤1302财保1016-1号: a split-off case. */
  subNumber?: number;
}

export type CaseNumberPart = 'empty' | 'year' | 'court' | 'type' | 'sequence' | 'suffix';

export type ParsedCaseNumber = { ok: true; value: CaseNumber; normalized: string } | { ok: false; part: CaseNumberPart; message: string };

/** Half-width parentheses → full-width, full-width digits and hyphens → ASCII, spaces dropped. */
export function normalizeCaseNumber(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–]/g, '-');
}

export function formatCaseNumber(n: CaseNumber): string {
  return `（${n.year}）${n.court}${n.typeCode}${n.sequence}${n.subNumber === undefined ? '' : `-${n.subNumber}`}号`;
}

const example = '（2024）京0105民初1234号';
const fail = (part: CaseNumberPart, message: string): ParsedCaseNumber => ({ ok: false, part, message });

export function parseCaseNumber(input: string, options: { maxYear?: number } = {}): ParsedCaseNumber {
  const text = normalizeCaseNumber(input);
  const maxYear = options.maxYear ?? 2100;
  if (text === '') return fail('empty', `请填写案号，例如${example}`);
  if (/字第/.test(text)) {
    return fail('type', '这是2016年以前的旧式案号（含“字第”），请按现行格式填写，例如' + example);
  }

  // （年度）
  if (!text.startsWith('（')) return fail('year', `案号应以括号中的收案年度开头，例如（2024）`);
  const close = text.indexOf('）');
  if (close < 0) return fail('year', '收案年度缺少右括号“）”');
  const yearText = text.slice(1, close);
  if (!/^\d{4}$/.test(yearText)) return fail('year', `收案年度“${yearText}”应为四位数字，例如（2024）`);
  const year = Number(yearText);
  if (year < firstCaseNumberYear) {
    return fail('year', `收案年度${year}早于${firstCaseNumberYear}年，现行案号规则自2016年1月1日起施行`);
  }
  if (year > maxYear) return fail('year', `收案年度${year}晚于${maxYear}年，请核对`);
  let rest = text.slice(close + 1);

  // 法院代字
  let court: string;
  if (rest.startsWith(supremeCourtCode)) {
    court = supremeCourtCode;
  } else {
    const head = rest.charAt(0);
    if (head === '') return fail('court', `年度之后缺少法院代字，例如京0105、沪01、最高法`);
    if (!provinces.has(head)) {
      return fail('court', `法院代字应以省级简称（如京、沪、粤）或“最高法”开头，“${head}”不是省级简称`);
    }
    const digits = /^\d*/.exec(rest.slice(1))?.[0] ?? '';
    if (digits.length !== 0 && digits.length !== 2 && digits.length !== 4) {
      return fail('court', `法院代字“${head}${digits}”的数字应为2位（中级法院，如沪01）或4位（基层法院，如京0105）`);
    }
    court = head + digits;
  }
  rest = rest.slice(court.length);

  // 类型代字
  const typeCode = /^[^\d号-]*/.exec(rest)?.[0] ?? '';
  if (typeCode === '') return fail('type', `法院代字“${court}”之后缺少案件类型代字，例如民初、民终、刑初、执`);
  if (!typeByCode.has(typeCode)) {
    return fail('type', `“${typeCode}”不是已知的案件类型代字，常见的有民初、民终、刑初、刑终、行初、执`);
  }
  rest = rest.slice(typeCode.length);

  // 案件编号
  const seq = /^(\d+)(?:-(\d+))?/.exec(rest);
  if (!seq) return fail('sequence', `类型代字“${typeCode}”之后缺少案件编号（阿拉伯数字）`);
  const [matched, seqText = '', subText] = seq;
  if (/^0/.test(seqText)) return fail('sequence', `案件编号“${seqText}”不应以0开头`);
  if (seqText.length > 7) return fail('sequence', `案件编号“${seqText}”过长，请核对`);
  if (subText !== undefined && (/^0/.test(subText) || subText.length > 3)) {
    return fail('sequence', `案件编号的分号“-${subText}”应为1至3位且不以0开头`);
  }
  rest = rest.slice(matched.length);

  if (rest === '') return fail('suffix', '案号应以“号”字结尾');
  if (rest !== '号') {
    return rest.startsWith('号')
      ? fail('suffix', `“号”之后不应再有其他字符：“${rest.slice(1)}”`)
      : fail('sequence', `案件编号之后应直接是“号”，而不是“${rest}”`);
  }

  const value: CaseNumber = { year, court, typeCode, sequence: Number(seqText) };
  if (subText !== undefined) value.subNumber = Number(subText);
  return { ok: true, value, normalized: formatCaseNumber(value) };
}

/** A short Chinese message for a form field, or null when the number is valid. */
export function caseNumberProblem(input: string): string | null {
  const parsed = parseCaseNumber(input);
  return parsed.ok ? null : parsed.message;
}
