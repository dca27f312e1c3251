import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Refusal } from '../../../shared/contract/refusal';

/**
 * The `cases` part: gzip'd JSONL, the raw lines of the `--cases` files exactly as given (blank
 * lines dropped). Nothing reads them into tables yet: the case-store issue defines that. An import
 * keeps the pack file in `<dataDir>/packs/`, so the lines stay available to it.
 */
export function encodeCases(files: readonly string[]): { bytes: Buffer; count: number } {
  const kept: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const text = line.replace(/\r$/, '');
        if (text.trim() === '') return;
        try {
          JSON.parse(text);
        } catch {
          throw new Refusal('VALIDATION', `案例文件 ${file} 第 ${i + 1} 行不是有效的 JSON`);
        }
        kept.push(text);
      });
  }
  return { bytes: gzipSync(Buffer.from(kept.length ? `${kept.join('\n')}\n` : '', 'utf8'), { level: 9 }), count: kept.length };
}

export function decodeCases(bytes: Buffer): string[] {
  return gunzipSync(bytes)
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}
