import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistDefinitions, checklistFiles, checklistForCause, parseChecklist } from '../../../../../main/services/checklists';
import { importStatutes } from '../../../../../main/services/laws';
import { resolveCitations } from '../../../../../main/services/laws/resolve-citations';
import type { Db } from '../../../../../main/store/database';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { refusalOf } from '../../../../helpers/refusal';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, subsetFolder } from '../laws/statute-data';

const folder = join(import.meta.dirname, '../../../../../resources/checklists');
const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

/** The causes and charges issue 6 asks for, each with its own checklist. */
const required = [
  '民间借贷纠纷',
  '买卖合同纠纷',
  '离婚纠纷',
  '劳动争议',
  '机动车交通事故责任纠纷',
  '物业服务合同纠纷',
  '房屋租赁合同纠纷',
  '金融借款合同纠纷',
  '信用卡纠纷',
  '追索劳动报酬纠纷',
  '盗窃',
  '诈骗',
  '故意伤害',
  '危险驾驶',
  '走私、贩卖、运输、制造毒品',
  '交通肇事',
];

describe('checklist definition files', () => {
  it('every file in resources/checklists validates and is bundled (and nothing else is)', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(checklistFiles).sort());
    for (const file of files) {
      const content = JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown;
      expect(() => parseChecklist(file.replace(/\.json$/, ''), content), file).not.toThrow();
    }
  });

  it('covers every required cause and charge, each with required and optional items', () => {
    const defs = checklistDefinitions();
    expect(defs.map((d) => d.cause).sort()).toEqual([...required].sort());
    for (const d of defs) {
      expect(
        d.items.some((i) => i.required),
        d.cause,
      ).toBe(true);
      expect(d.notice).toContain('仅供参考');
    }
  });

  it('a broken file is refused with a Chinese message naming the file, the field and the problem', () => {
    const good = checklistFiles['private-lending'] as { items: Array<Record<string, unknown>> };
    const broken = { ...good, items: good.items.map((i, n) => (n === 1 ? { ...i, legalBasis: '民法典667条' } : i)) };
    expect(() => parseChecklist('private-lending', broken)).toThrow(
      'resources/checklists/private-lending.json 有误：items.1.legalBasis：法律依据应写成《法律名称》第X条',
    );
    const duplicated = { ...good, items: [...good.items, good.items[0]] };
    expect(() => parseChecklist('private-lending', duplicated)).toThrow(/条目编号重复：parties/);
    expect(() => parseChecklist('other-name', good)).toThrow(/id「private-lending」应与文件名一致/);
    // A bundled file is the installation's, not the user's: the shared refusal, INTERNAL.
    expect(refusalOf(() => parseChecklist('other-name', good))).toMatchObject({
      code: 'INTERNAL',
      message: '证据指引文件 resources/checklists/other-name.json 有误：id「private-lending」应与文件名一致',
    });
  });

  it('finds the checklist by the case cause, with or without 罪 and the CAIL brackets', () => {
    expect(checklistForCause('民间借贷纠纷')?.id).toBe('private-lending');
    expect(checklistForCause('盗窃罪')?.id).toBe('theft');
    expect(checklistForCause('[走私、贩卖、运输、制造]毒品')?.id).toBe('drugs');
    expect(checklistForCause('危险驾驶罪')?.id).toBe('dangerous-driving');
    expect(checklistForCause('建设工程施工合同纠纷')).toBeNull();
  });
});

/** Every law the checklists cite, as the statute catalogue names it. */
const citedLaws = [
  '刑法',
  '民事诉讼法',
  '刑事诉讼法',
  '劳动合同法',
  '劳动法',
  '劳动争议调解仲裁法',
  '道路交通安全法',
  '最高人民法院关于审理民间借贷案件适用法律若干问题的规定',
  '最高人民法院关于审理银行卡民事纠纷案件若干问题的规定',
  '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释',
  '最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释',
  '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释',
];

describe.skipIf(!hasStatuteData)('every legal basis resolves against the real statutes', () => {
  const tmp = tempDir();
  let db: Db;
  beforeAll(() => {
    const statutes = subsetFolder(tmp.dir, (r) => citedLaws.includes(r.name) || r.name.startsWith('民法典 '));
    db = openDatabase({ file: join(tmp.dir, 'knowledge.db'), migrations: knowledgeMigrations });
    importStatutes(db, statutes);
  }, 120_000);
  afterAll(() => {
    db?.close();
    tmp.cleanup();
  });

  it('each citation names a law in the store and each article exists and is in force today', () => {
    const problems: string[] = [];
    let articles = 0;
    for (const def of checklistDefinitions()) {
      for (const item of def.items) {
        const result = resolveCitations(db, item.legalBasis);
        if (result.citations.length === 0 || result.unreadable.length) problems.push(`${def.id}/${item.id}: 无法解析 ${item.legalBasis}`);
        for (const c of result.citations) {
          for (const a of c.articles) {
            articles += 1;
            if (!a.resolved) problems.push(`${def.id}/${item.id}: ${c.raw} ${a.label} ${a.problems.map((p) => p.message).join('；')}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(articles).toBeGreaterThan(100);
  });

  it('the cited text is the provision the item is about (spot checks against the statute text)', () => {
    const text = (citation: string) => resolveCitations(db, citation).citations[0]!.articles[0]!.text ?? '';
    expect(text('《中华人民共和国民法典》第六百七十九条')).toContain('自然人之间的借款合同，自贷款人提供借款时成立');
    expect(text('《中华人民共和国刑法》第一百三十三条之一')).toContain('在道路上驾驶机动车');
    expect(text('《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二条')).toContain('借据、收据、欠条等债权凭证');
    expect(text('《中华人民共和国劳动争议调解仲裁法》第二十七条')).toContain('申请仲裁的时效期间为一年');
  });
});
