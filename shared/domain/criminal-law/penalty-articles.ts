import { chineseToInt } from '../chinese-numerals';

/**
 * 分则 articles that punish a charge defined elsewhere: an article saying "对犯受贿罪的……依照本法
 * 第三百八十三条的规定处罚" (386) punishes 受贿罪 (385) by the scale of 383. Given the texts of the
 * articles after the defining one, returns the ones that name the charge and the articles they refer to.
 */
export function penaltyArticleRefs(chargeKeyName: string, following: Array<{ article: number; text: string | null }>): number[] {
  const out: number[] = [];
  for (const { article, text } of following) {
    if (!text || !new RegExp(`犯${escape(chargeKeyName)}罪`).test(text)) continue;
    out.push(article);
    for (const m of text.matchAll(/依照本法第([零〇一二三四五六七八九十百]+)条(?:的规定)?处罚/g)) {
      const referred = chineseToInt(m[1] ?? '');
      if (referred !== null) out.push(referred);
    }
  }
  return [...new Set(out)];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
