// How often each article is cited by the others ("依照刑法第二百六十六条的规定以诈骗罪定罪处罚").
// Search uses it to rank the provision that defines 诈骗罪 above the many that only mention 诈骗.
import { chineseToInt } from '../../../shared/domain/chinese-numerals';

const REFERENCE =
  /(?:《([^《》]{2,60})》|(刑法|民法典|民事诉讼法|刑事诉讼法|行政诉讼法|本法|本解释|本规定|本条例|本办法))第([零〇一二两三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?/g;
const SELF = new Set(['本法', '本解释', '本规定', '本条例', '本办法']);

export interface CitingText {
  lawId: number;
  text: string;
}

/** `${lawId}:${number}:${suffix}` → number of citing articles (each article counts once per target). */
export function countCitations(texts: Iterable<CitingText>, resolveLaw: (name: string) => number | null): Map<string, number> {
  const counts = new Map<string, number>();
  const cache = new Map<string, number | null>();
  for (const { lawId, text } of texts) {
    const targets = new Set<string>();
    for (const m of text.matchAll(REFERENCE)) {
      const name = m[1] ?? m[2] ?? '';
      let target: number | null;
      if (SELF.has(name)) target = lawId;
      else {
        if (!cache.has(name)) cache.set(name, resolveLaw(name));
        target = cache.get(name) ?? null;
      }
      const number = chineseToInt(m[3] ?? '');
      if (target === null || number === null) continue;
      const suffix = m[4] === undefined ? '' : String(chineseToInt(m[4]) ?? '');
      targets.add(`${target}:${number}:${suffix}`);
    }
    for (const key of targets) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
