import type { CourtLevel } from './case-record';

// Provinces by full name and by the one-character abbreviation in case numbers （2020）浙0702刑初662号.
const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
] as const;
const ABBREVIATIONS: Record<string, string> = {
  京: '北京',
  津: '天津',
  沪: '上海',
  渝: '重庆',
  冀: '河北',
  晋: '山西',
  辽: '辽宁',
  吉: '吉林',
  黑: '黑龙江',
  苏: '江苏',
  浙: '浙江',
  皖: '安徽',
  闽: '福建',
  赣: '江西',
  鲁: '山东',
  豫: '河南',
  鄂: '湖北',
  湘: '湖南',
  粤: '广东',
  琼: '海南',
  川: '四川',
  黔: '贵州',
  云: '云南',
  陕: '陕西',
  甘: '甘肃',
  青: '青海',
  内: '内蒙古',
  桂: '广西',
  藏: '西藏',
  宁: '宁夏',
  新: '新疆',
};

/** （2017）沪0120刑初684号 and the like; parentheses half- or full-width. */
export const CASE_NUMBER = /[（(]\d{4}[）)][\u4e00-\u9fa5]{1,2}\d{0,6}[\u4e00-\u9fa5]{1,6}\d+号/;

export function courtLevelOf(court: string): CourtLevel {
  if (court.startsWith('最高人民法院')) return '最高';
  if (court.includes('高级人民法院')) return '高级';
  if (court.includes('中级人民法院') || court.includes('知识产权法院') || court.includes('海事法院')) return '中级';
  return '基层';
}

/** The province a text opens with (浙江省金华市… → 浙江), or null. */
export function provinceIn(text: string): string | null {
  const head = text.slice(0, 12);
  return PROVINCES.find((p) => head.startsWith(p)) ?? null;
}

export function provinceOfCaseNumber(caseNumber: string): string | null {
  const m = /[）)]([\u4e00-\u9fa5])/.exec(caseNumber);
  return m ? (ABBREVIATIONS[m[1] ?? ''] ?? null) : null;
}

/** The first 人民法院 named at the start of a judgment (上海市奉贤区人民法院 刑事判决书 …). */
export function courtAtStart(text: string): string | null {
  const m = /^\s*([\u4e00-\u9fa5]{2,30}?(?:人民法院|法院))/.exec(text);
  return m ? (m[1] ?? null) : null;
}

/**
 * Region for a record: the court's province, else the case number's, else the prosecutor's
 * (北京市通州区人民检察院指控 …), which CAIL facts open with.
 */
export function regionOf(court: string | null, caseNumber: string | null, facts: string): string | null {
  return (
    (court ? provinceIn(court) : null) ?? (caseNumber ? provinceOfCaseNumber(caseNumber) : null) ?? provinceIn(facts.replace(/^\s+/, ''))
  );
}
