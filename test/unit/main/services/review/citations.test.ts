import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStatutes } from '../../../../../main/services/laws';
import { reviewDocument } from '../../../../../main/services/review';
import type { Db } from '../../../../../main/store/database';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, subsetFolder } from '../laws/statute-data';

// 民法典 (whose 附则 repeals 合同法), 刑法 and 人身损害赔偿解释 (only its 2020 text, adopted 2003),
// real texts from the team data folder.
describe.skipIf(!hasStatuteData)('citation family against real statutes', () => {
  const tmp = tempDir();
  let db: Db;
  beforeAll(() => {
    const folder = subsetFolder(tmp.dir, (row) => /^(民法典|刑法)|人身损害赔偿案件适用法律/.test(row.name));
    db = openDatabase({ file: join(tmp.dir, 'knowledge.db'), migrations: knowledgeMigrations });
    importStatutes(db, folder);
  }, 120_000);
  afterAll(() => {
    db?.close();
    tmp.cleanup();
  });

  const citations = (text: string, date: string) => reviewDocument(db, text, { date, families: ['citation'] }).findings;

  it('合同法 cited after 2021-01-01 is an error naming 民法典', () => {
    const [f] = citations('依照《中华人民共和国合同法》第一百零七条之规定', '2022-03-01');
    expect(f).toMatchObject({ rule: 'citation.repealed', severity: 'error', excerpt: '第一百零七条' });
    expect(f!.message).toContain('《中华人民共和国民法典》');
    expect(citations('依照《中华人民共和国合同法》第一百零七条之规定', '2019-03-01').filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('a law in force on the date in a text older than the store holds: said, not checked', () => {
    const text = '依照《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》第十七条之规定';
    const [f, ...rest] = citations(text, '2010-05-01');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'citation.older-version', severity: 'info' });
    expect(f!.message).toContain('本库只收录了 2021-01-01 起施行的文本');
    expect(citations(text, '2021-06-01')).toEqual([]);
  });

  it('an article beyond the last one, with the last one named', () => {
    const [f] = citations('依照《中华人民共和国刑法》第九百条之规定', '2022-03-01');
    expect(f).toMatchObject({ rule: 'citation.out-of-range', severity: 'error' });
    expect(f!.message).toContain('最后一条');
  });

  it('a misquoted article: the statute text is the fix', () => {
    const text = '《中华人民共和国民法典》第六百六十七条规定：“借款合同是借款人向贷款人借款，到期返还借款的合同。”';
    const [f] = citations(text, '2022-03-01');
    expect(f).toMatchObject({ rule: 'citation.quote-mismatch', fix: '借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。' });
    const exact = text.replace('返还借款的合同', '返还借款并支付利息的合同');
    expect(citations(exact, '2022-03-01')).toEqual([]);
  });

  it('format normalised: 民法典第667条 → full title and Chinese numerals', () => {
    const fixes = citations('依照《民法典》第667条之规定', '2022-03-01')
      .filter((f) => f.rule === 'citation.format')
      .map((f) => f.fix);
    expect(fixes).toEqual(['《中华人民共和国民法典》', '六百六十七']);
  });

  it('the date comes from the 落款 when none is given', () => {
    const text = '依照《中华人民共和国合同法》第一百零七条之规定，判决如下：\n审判长王五\n二〇二二年三月一日\n书记员赵六';
    const result = reviewDocument(db, text, { families: ['citation'] });
    expect(result).toMatchObject({ date: '2022-03-01', dateSource: 'document' });
    expect(result.findings.map((f) => f.rule)).toContain('citation.repealed');
  });
});
