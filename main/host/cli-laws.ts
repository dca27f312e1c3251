// The statute commands of the judgedesk CLI beyond one plain channel call: reading an article
// number as a judge writes it, and the development import of a LawRefBook folder with progress.
import { resolve } from 'node:path';
import type { ResponseOf } from '../../shared/contract/channel';
import { lawsImportFolder } from '../../shared/contract/channels/laws-import';
import { chineseToInt } from '../../shared/domain/chinese-numerals';
import { withCliApp } from './cli-app';

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
 * `judgedesk laws import <folder>`: the laws.importFolder channel replaces the statutes in
 * `<dataDir>/knowledge.db` with the folder's in one transaction; progress on stderr (every 5 %),
 * the counts as JSON on stdout. The signed knowledge pack is the normal route; this is the
 * development one.
 */
export async function runLawsImport(
  folder: string | undefined,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  if (folder === undefined) {
    out(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: '请指定法规数据目录：judgedesk laws import <目录>' } }));
    return 2;
  }
  return withCliApp(dataDir, async (app) => {
    let lastShown = -1;
    const stop = app.onProgress((p) => {
      if (p.finished) return;
      const percent = Math.floor((p.done / Math.max(1, p.total)) * 100);
      if (percent !== lastShown && (percent % 5 === 0 || p.done === p.total)) {
        lastShown = percent;
        err(`导入法规 ${p.done}/${p.total}（${percent}%）${p.label}`);
      }
    });
    try {
      const reply = await app.invoke<ResponseOf<typeof lawsImportFolder>>(lawsImportFolder.name, { folder: resolve(folder) });
      if (reply.ok) {
        const v = reply.value;
        err(`完成：${v.laws} 部法规，${v.versions} 个版本，${v.articles} 条，${v.problems} 个问题，用时 ${v.ms} ms`);
      }
      out(JSON.stringify(reply, null, 2));
      return reply.ok ? 0 : 1;
    } finally {
      stop();
    }
  });
}
