import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { civilCauses, criminalCauses } from '../../../../../main/services/cases';
import { sharedDataFolder } from '../../../../../main/services/laws/data-folder';
import { causeCatalogueSchema } from '../../../../../shared/contract/channels/cases';
import { tempDir } from '../../../../helpers/temp-app';
import { existsSync } from 'node:fs';

const names = (c: ReturnType<typeof civilCauses>) => c.parts.flatMap((p) => p.groups.flatMap((g) => g.causes.map((x) => x.name)));

describe('cause of action catalogues', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('civil: the 11 parts of the 2020 revision, at least 100 common causes, none twice, with its source', () => {
    const civil = civilCauses();
    expect(causeCatalogueSchema.parse(civil)).toEqual(civil);
    expect(civil.parts.map((p) => p.part.split(' ')[0])).toEqual([
      '第一部分',
      '第二部分',
      '第三部分',
      '第四部分',
      '第五部分',
      '第六部分',
      '第七部分',
      '第八部分',
      '第九部分',
      '第十部分',
      '第十一部分',
    ]);
    const all = names(civil);
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(new Set(all).size).toBe(all.length);
    for (const cause of [
      '民间借贷纠纷',
      '买卖合同纠纷',
      '离婚纠纷',
      '劳动合同纠纷',
      '机动车交通事故责任纠纷',
      '物业服务合同纠纷',
      '房屋租赁合同纠纷',
      '金融借款合同纠纷',
      '信用卡纠纷',
      '追索劳动报酬纠纷',
    ]) {
      expect(all).toContain(cause);
    }
    expect(civil.source).toContain('法〔2020〕347号');
  });

  it('criminal: the maintained short list when the data folder is absent', () => {
    const criminal = criminalCauses(join(tmp.dir, 'nowhere'));
    expect(criminal.origin).toBe('maintained');
    expect(names(criminal)).toEqual(
      expect.arrayContaining(['盗窃罪', '诈骗罪', '故意伤害罪', '危险驾驶罪', '交通肇事罪', '走私、贩卖、运输、制造毒品罪']),
    );
  });

  it('criminal: falls back, saying why, when the charge file is corrupt', () => {
    mkdirSync(join(tmp.dir, 'labels', 'charges'), { recursive: true });
    writeFileSync(join(tmp.dir, 'labels', 'charges', 'lawgpt_criminal_charges.json'), '{"broken":');
    const criminal = criminalCauses(tmp.dir);
    expect(criminal.origin).toBe('maintained');
    expect(criminal.source).toContain('无法读取');
  });

  it.runIf(existsSync(join(sharedDataFolder(), 'labels', 'charges', 'lawgpt_criminal_charges.json')))(
    'criminal: the full charge list from the team data folder, by chapter and section, with the article',
    () => {
      const criminal = criminalCauses();
      expect(criminal.origin).toBe('data-folder');
      expect(causeCatalogueSchema.parse(criminal)).toEqual(criminal);
      expect(names(criminal).length).toBeGreaterThan(450);
      expect(criminal.parts[0]?.part).toBe('第一章 危害国家安全罪');
      const theft = criminal.parts.flatMap((p) => p.groups.flatMap((g) => g.causes)).find((c) => c.name === '盗窃罪');
      expect(theft?.basis).toMatch(/^刑法第264条/);
    },
  );
});
