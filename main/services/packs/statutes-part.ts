import { gunzipSync, gzipSync } from 'node:zlib';
import { Refusal } from '../../../shared/contract/refusal';
import type { ImportProblem, StatuteLawRecord, StatuteSource } from '../laws';

/**
 * The `statutes` part: gzip'd JSONL. Line 1 is `{"kind":"source","files":N,"problems":[…]}`
 * (catalogue problems found at build time), then one `{"kind":"law",…StatuteLawRecord}` per law.
 */
interface SourceLine {
  kind: 'source';
  files: number;
  problems: ImportProblem[];
}

export interface EncodedStatutes {
  bytes: Buffer;
  counts: { laws: number; versions: number; articles: number };
}

export function encodeStatutes(source: StatuteSource): EncodedStatutes {
  const lines: string[] = [JSON.stringify({ kind: 'source', files: source.files, problems: source.problems } satisfies SourceLine)];
  const counts = { laws: 0, versions: 0, articles: 0 };
  for (const law of source.laws) {
    lines.push(JSON.stringify({ kind: 'law', ...law }));
    counts.laws += 1;
    counts.versions += law.versions.length;
    for (const version of law.versions) {
      for (const file of version.files) {
        const parsed = file.parsed;
        if (parsed) counts.articles += parsed.articles.length > 0 || parsed.preamble.length === 0 ? parsed.articles.length : 1;
      }
    }
  }
  return { bytes: gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8'), { level: 9 }), counts };
}

function* lines(text: string, from: number): Generator<string> {
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() !== '') yield line;
  }
}

/** Reads a verified `statutes` part back into a source for importStatuteSource / StatuteWriter. */
export function decodeStatutes(bytes: Buffer): StatuteSource {
  const text = gunzipSync(bytes).toString('utf8');
  const firstEnd = text.indexOf('\n');
  const head = JSON.parse(firstEnd === -1 ? text : text.slice(0, firstEnd)) as SourceLine;
  if (head.kind !== 'source') throw new Refusal('VALIDATION', '法规数据段的第一行不是来源说明');
  function* laws(): Generator<StatuteLawRecord> {
    for (const line of lines(text, firstEnd + 1)) {
      const { kind, ...law } = JSON.parse(line) as { kind: string } & StatuteLawRecord;
      if (kind !== 'law') throw new Refusal('VALIDATION', `法规数据段中有未知记录类型：${kind}`);
      yield law;
    }
  }
  return { files: head.files, problems: head.problems, laws: laws() };
}
