// `judgedesk search cases "<facts>"`: the similar-case push as ranked JSON with its explanation
// fields, through the same audited channel as the window; `judgedesk search index-cases` builds the
// vector index for dense retrieval once a legal encoder is installed (and the lexical postings
// index first, when the corpus changed since it was built).
import { join } from 'node:path';
import { localCaller } from '../api/caller';
import { openApp } from '../app';
import { buildCasePostings, currentPostings } from '../services/similar-cases';
import { openDatabase } from '../store/database';
import { knowledgeMigrations } from '../store/migrations/knowledge';
import { knowledgeFileName } from '../store/stores';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { modelsDir } from './paths';

export const searchCasesUsage = `  judgedesk search cases "<案情事实>" [--k 30] [--mode facts|articles|focus] [--method hybrid|lexical|dense]
        [--cause 盗窃罪,诈骗罪] [--level 基层,中级] [--region 浙江] [--kind 刑事|民事] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                              类案推送：按相似度排序的 JSON，每件附理由（同罪名、共同法条、情节对照、相同片段、差异；仅供参考）
  judgedesk search index-cases                为类案库建立向量索引（需已安装法律文本编码器 models/legal-encoder）`;

function list(args: ParsedArgs, name: string): string[] | undefined {
  const value = stringOption(args, name);
  return value?.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
}

export function searchCasesPayload(args: ParsedArgs): { payload?: Record<string, unknown>; error?: string } {
  const query = args.positional[2];
  if (!query?.trim()) return { error: '请给出案情事实或检索词：judgedesk search cases "<案情事实>"' };
  const k = Number(stringOption(args, 'k') ?? 30);
  if (!Number.isInteger(k) || k < 1 || k > 50) return { error: '--k 应为 1 到 50 的整数' };
  const filters: Record<string, unknown> = {};
  const causes = list(args, 'cause');
  const levels = list(args, 'level');
  const regions = list(args, 'region');
  if (causes) filters.causes = causes;
  if (levels) filters.courtLevels = levels;
  if (regions) filters.regions = regions;
  for (const [option, field] of [['kind', 'kind'], ['from', 'dateFrom'], ['to', 'dateTo']] as const) {
    const value = stringOption(args, option);
    if (value !== undefined) filters[field] = value;
  }
  return {
    payload: {
      query,
      k,
      mode: stringOption(args, 'mode') ?? 'facts',
      method: stringOption(args, 'method') ?? 'hybrid',
      filters,
    },
  };
}

export async function runSearchCases(args: ParsedArgs, dataDir: string, out: (t: string) => void): Promise<number> {
  const { payload, error } = searchCasesPayload(args);
  if (!payload) {
    out(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: error } }));
    return 2;
  }
  const app = openApp({ dataDir, host: 'cli', modelsDir });
  try {
    const result = await app.invoke('similarCases.search', payload, localCaller('cli'));
    out(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  } finally {
    app.close();
  }
}

/** The lexical postings index (not AI: no switch, no encoder), rebuilt only when stale. */
async function indexPostings(dataDir: string, err: (t: string) => void): Promise<void> {
  // knowledge.db alone: the workspace may be encrypted and is not needed here.
  const knowledge = openDatabase({ file: join(dataDir, knowledgeFileName), migrations: knowledgeMigrations });
  try {
    if (currentPostings(knowledge)) return;
    let shown = -1;
    const meta = await buildCasePostings(knowledge, {
      onProgress: (done, total) => {
        const percent = Math.floor((done / Math.max(1, total)) * 100);
        if (percent !== shown && percent % 10 === 0) err(`建立类案检索索引 ${(shown = percent)}%`);
      },
    });
    err(`类案检索索引：${meta.cases} 件，${meta.terms} 个二字词，${meta.postings} 条倒排`);
  } finally {
    knowledge.close();
  }
}

export async function runIndexCases(dataDir: string, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  await indexPostings(dataDir, err);
  const app = openApp({ dataDir, host: 'cli', modelsDir });
  let shown = -1;
  const stop = app.onProgress(({ done, total }) => {
    const percent = Math.floor((done / Math.max(1, total)) * 100);
    if (percent !== shown && percent % 5 === 0) err(`建立向量索引 ${done}/${total}（${(shown = percent)}%）`);
  });
  try {
    const result = await app.invoke('similarCases.buildIndex', {}, localCaller('cli'));
    out(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  } finally {
    stop();
    app.close();
  }
}
