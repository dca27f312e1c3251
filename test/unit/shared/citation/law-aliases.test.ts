import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAW_ALIASES, canonicalLawTitle, lawTitleKey, lookupLawTitle } from '../../../../shared/domain/citation';

describe('law alias table', () => {
  it.each([
    ['民法典', '中华人民共和国民法典'],
    ['《民法典》', '中华人民共和国民法典'],
    ['中华人民共和国民法典', '中华人民共和国民法典'],
    ['民诉法', '中华人民共和国民事诉讼法'],
    ['刑诉法', '中华人民共和国刑事诉讼法'],
    ['民诉法解释', '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释'],
    ['刑诉法解释', '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释'],
    ['民间借贷规定', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定'],
    ['证据规定', '最高人民法院关于民事诉讼证据的若干规定'],
    ['民事证据规定', '最高人民法院关于民事诉讼证据的若干规定'],
    ['担保制度解释', '最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释'],
    ['民法典合同编通则解释', '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释'],
    ['劳动争议解释（一）', '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）'],
    ['劳动争议解释(一)', '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）'],
    ['最高人民法院关于适用《民事诉讼法》的解释', '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释'],
    [
      '最高人民法院最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释',
      '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释',
    ],
  ])('%s → %s', (name, title) => {
    expect(lookupLawTitle(name)).toBe(title);
  });

  it('knows nothing it was not told', () => {
    expect(lookupLawTitle('民法')).toBeNull();
    expect(lookupLawTitle('中国人民共和国合同法')).toBeNull();
    expect(canonicalLawTitle('城管条例')).toBeNull();
    expect(canonicalLawTitle('中华人民共和国动物防疫法')).toBe('中华人民共和国动物防疫法');
  });

  it('gives every name exactly one title', () => {
    const owner = new Map<string, string>();
    for (const entry of LAW_ALIASES) {
      for (const name of [entry.title, ...entry.aliases]) {
        const key = lawTitleKey(name);
        expect(owner.get(key) ?? entry.title, `${name} is claimed twice`).toBe(entry.title);
        owner.set(key, entry.title);
      }
    }
  });

  it('keeps 中华人民共和国 inside a title (only a leading prefix is optional)', () => {
    expect(lawTitleKey('外国人在中华人民共和国收养子女登记办法')).toBe('外国人在中华人民共和国收养子女登记办法');
  });
});

// The team data folder is not part of the repository: JUDGEDESK_SHARED_DATA, else ../shared/data.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const lawrefbook = join(process.env.JUDGEDESK_SHARED_DATA ?? resolve(repoRoot, '../shared/data'), 'laws/lawrefbook');

/** Repealed on 2021-01-01 by 民法典 and absent from the lawrefbook snapshot; judgments still cite them. */
const REPEALED_BEFORE_SNAPSHOT = new Set(
  ['合同法', '物权法', '担保法', '侵权责任法', '婚姻法', '继承法', '收养法', '民法通则', '民法总则'].map((n) => `中华人民共和国${n}`),
);

describe.skipIf(!existsSync(lawrefbook))('law alias table against the statute data', () => {
  it('spells every title exactly as the first line of its statute file, so the store can resolve it', () => {
    const known = new Set<string>();
    for (const dir of readdirSync(lawrefbook, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const file of readdirSync(join(lawrefbook, dir.name))) {
        if (!file.endsWith('.md')) continue;
        const firstLine = readFileSync(join(lawrefbook, dir.name, file), 'utf8').split('\n', 1)[0] ?? '';
        known.add(firstLine.replace(/^#\s*/, '').trim());
      }
    }
    const missing = LAW_ALIASES.map((entry) => entry.title).filter((title) => !REPEALED_BEFORE_SNAPSHOT.has(title) && !known.has(title));
    expect(missing).toEqual([]);
  });
});
