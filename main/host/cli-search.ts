// `judgedesk search cases "<facts>"`: the similar-case push as ranked JSON with its explanation
// fields, through the same audited channel as the window; `judgedesk search index-cases` builds the
// vector index for dense retrieval once a legal encoder is installed (and the lexical postings
// index first, when the corpus changed since it was built).
import type { ResponseOf } from '../../shared/contract/channel';
import { similarCasesBuildIndex, similarCasesSearch } from '../../shared/contract/channels/similar-cases';
import { similarCasesBuildPostings } from '../../shared/contract/channels/similar-cases-postings';
import type { ProgressEvent } from '../../shared/contract/progress';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { withCliApp } from './cli-app';

const postingsJob = 'case-postings';
const vectorsJob = 'case-vectors';

export const searchCasesUsage = `  judgedesk search cases "<案情事实>" [--k 30] [--mode facts|articles|focus] [--method hybrid|lexical|dense]
        [--cause 盗窃罪,诈骗罪] [--level 基层,中级] [--region 浙江] [--kind 刑事|民事] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                              类案推送：按相似度排序的 JSON，每件附理由（同罪名、共同法条、情节对照、相同片段、差异；仅供参考）
  judgedesk search index-cases                为类案库建立向量索引（需已安装法律文本编码器 models/legal-encoder）`;

function list(args: ParsedArgs, name: string): string[] | undefined {
  const value = stringOption(args, name);
  return value
    ?.split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
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
  for (const [option, field] of [
    ['kind', 'kind'],
    ['from', 'dateFrom'],
    ['to', 'dateTo'],
  ] as const) {
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
  return withCliApp(dataDir, async (app) => {
    const reply = await app.invoke(similarCasesSearch.name, payload);
    out(JSON.stringify(reply, null, 2));
    return reply.ok ? 0 : 1;
  });
}

/** Progress of one job on stderr, a line each `step` percent. */
function percentPrinter(
  err: (t: string) => void,
  step: number,
  line: (e: ProgressEvent, percent: number) => string,
): (e: ProgressEvent) => void {
  let shown = -1;
  return (e) => {
    if (e.finished) return;
    const percent = Math.floor((e.done / Math.max(1, e.total)) * 100);
    if (percent !== shown && percent % step === 0) err(line(e, (shown = percent)));
  };
}

/**
 * The lexical postings index first (not AI: rebuilt only when the corpus changed since), then the
 * vectors (the encoder, under the 类案推送 switch). The vectors' reply goes to stdout.
 */
export async function runIndexCases(dataDir: string, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  return withCliApp(dataDir, async (app) => {
    const printers: Record<string, (e: ProgressEvent) => void> = {
      [postingsJob]: percentPrinter(err, 10, (_e, percent) => `建立类案检索索引 ${percent}%`),
      [vectorsJob]: percentPrinter(err, 5, (e, percent) => `建立向量索引 ${e.done}/${e.total}（${percent}%）`),
    };
    const stop = app.onProgress((e) => printers[e.jobId]?.(e));
    try {
      const postings = await app.invoke<ResponseOf<typeof similarCasesBuildPostings>>(similarCasesBuildPostings.name, {
        jobId: postingsJob,
      });
      if (!postings.ok) {
        out(JSON.stringify(postings, null, 2));
        return 1;
      }
      const index = postings.value;
      if (index.built) err(`类案检索索引：${index.cases} 件，${index.terms} 个二字词，${index.postings} 条倒排`);
      const reply = await app.invoke(similarCasesBuildIndex.name, { jobId: vectorsJob });
      out(JSON.stringify(reply, null, 2));
      return reply.ok ? 0 : 1;
    } finally {
      stop();
    }
  });
}
