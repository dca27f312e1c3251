/**
 * Real judgments from ../shared/data: de-identified (mostly masked) and a few unmasked numbers.
 * Every number written right after 身份证号码 / 卡号 / 账号 / 手机 must come back as a span of that
 * type starting where the number starts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIdentifiers, type IdentifierType } from '../../../../../shared/domain/identifiers';
import { dataDir } from '../../../../helpers/python-mirror';

const SOURCES = [
  'cases/cail2018/data_train.json',
  'cases/cail2018/data_test.json',
  'scm/input.txt',
  'civil/ledqa/CaseDocs.json',
  'lecard/v2/query/test_query.json',
  'cases/lawcrimemining/corpus_lawsuit-00.jsonl',
  'cases/cjrc_cail2019/test_ground_truth.json',
];
const LABELLED = /(身份证号码|卡号|账号|手机号码|手机)[：:为]?(?=[0-9０-９Xx×*＊]{8,})/g;
const EXPECTED: Record<string, IdentifierType> = {
  身份证号码: 'residentId',
  卡号: 'bankAccount',
  账号: 'bankAccount',
  手机号码: 'mobile',
  手机: 'mobile',
};

function realLines(): string[] {
  return SOURCES.map((rel) => join(dataDir, rel))
    .filter(existsSync)
    .flatMap((path) => readFileSync(path, 'utf8').split('\n'));
}

describe('findIdentifiers on real judgments', () => {
  const lines = realLines();

  it('finds every number that a keyword labels, with the type the keyword names', () => {
    let labelled = 0;
    const misses: string[] = [];
    for (const line of lines) {
      const spans = findIdentifiers(line);
      for (const match of line.matchAll(LABELLED)) {
        labelled += 1;
        const start = match.index + match[0].length;
        const span = spans.find((s) => s.start === start);
        if (span?.type !== EXPECTED[match[1]!]) misses.push(line.slice(match.index, start + 24));
      }
    }
    expect(labelled).toBeGreaterThan(100);
    expect(misses.slice(0, 10)).toEqual([]);
  });

  it('an unmasked 身份证 in a real judgment passes its check; masked ones are marked masked', () => {
    const spans = lines.flatMap((line) => findIdentifiers(line));
    const ids = spans.filter((s) => s.type === 'residentId');
    expect(ids.some((s) => s.value === '511027196609063692' && s.valid)).toBe(true);
    expect(ids.filter((s) => s.masked).every((s) => !s.valid && s.value.includes('*'))).toBe(true);
  });
});
