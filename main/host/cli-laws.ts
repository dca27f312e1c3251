// The statute commands of the judgedesk CLI that need more than one channel call: reading an
// article number as a judge writes it, and the development import of a LawRefBook folder.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chineseToInt } from '../../shared/domain/chinese-numerals';
import { importStatutes } from '../services/laws';
import { openStores } from '../store/stores';

/** 667, 第六百六十七条, 120之一, 第一百二十条之一 → number and suffix; null when unreadable. */
export function parseArticleArgument(text: string): { article: number; suffix: number | null } | null {
  const match = /^第?([0-9０-９零〇一二两三四五六七八九十百千万]+)条?(?:之([0-9零〇一二三四五六七八九十]+))?$/.exec(text.trim());
  if (!match) return null;
  const article = chineseToInt(match[1] as string);
  const suffix = match[2] === undefined ? null : chineseToInt(match[2]);
  if (article === null || (match[2] !== undefined && (suffix === null || suffix < 1))) return null;
  return { article, suffix };
}

/**
 * `judgedesk laws import <folder>`: replaces the statutes in `<dataDir>/knowledge.db` with the
 * folder's in one transaction, progress on stderr, the counts as JSON on stdout. The signed
 * knowledge pack is the normal route; this is the development one.
 */
export function runLawsImport(
  folder: string | undefined,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  if (folder === undefined) {
    out(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: '请指定法规数据目录：judgedesk laws import <目录>' } }));
    return 2;
  }
  const dir = resolve(folder);
  if (!existsSync(join(dir, 'db_law.jsonl'))) {
    out(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: `法规数据目录无效（缺少 db_law.jsonl）：${dir}` } }));
    return 1;
  }
  const stores = openStores(dataDir);
  try {
    let lastShown = -1;
    const result = importStatutes(stores.knowledge, dir, (p) => {
      const percent = Math.floor((p.done / Math.max(1, p.total)) * 100);
      if (percent !== lastShown && (percent % 5 === 0 || p.done === p.total)) {
        lastShown = percent;
        err(`导入法规 ${p.done}/${p.total}（${percent}%）${p.file}`);
      }
    });
    const { problems, ...counts } = result;
    err(`完成：${counts.laws} 部法规，${counts.versions} 个版本，${counts.articles} 条，${problems.length} 个问题，用时 ${counts.ms} ms`);
    out(JSON.stringify({ ok: true, value: { ...counts, problems: problems.length, firstProblems: problems.slice(0, 20) } }, null, 2));
    return 0;
  } catch (error) {
    out(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } }));
    return 1;
  } finally {
    stores.close();
  }
}
