import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../../../main/api/services';
import { buildServices } from '../../../../../main/app';
import { importStatutes, olderTextMissingBefore } from '../../../../../main/services/laws';
import type { Stores } from '../../../../../main/store/stores';
import { openStores } from '../../../../../main/store/stores';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, subsetFolder } from './statute-data';

// The laws service as the other services ask it (裁判辅助 for article texts, 文书审查 for texts
// the store lacks), on real 刑法 and 人身损害赔偿解释 texts from the team data folder.
describe.skipIf(!hasStatuteData)('LawService', () => {
  const tmp = tempDir();
  let stores: Stores;
  let services: Services;
  beforeAll(() => {
    const folder = subsetFolder(tmp.dir, (row) => row.name === '刑法' || row.name.includes('人身损害赔偿案件适用法律'));
    const dataDir = join(tmp.dir, 'data');
    stores = openStores(dataDir);
    importStatutes(stores.knowledge, folder);
    services = buildServices({ stores, dataDir, modelsDir: join(tmp.dir, 'models') });
  }, 120_000);
  afterAll(() => {
    stores?.close();
    tmp.cleanup();
  });

  it('gives an article text by the law name on a date, null where the store has none', () => {
    expect(services.laws.articleText('中华人民共和国刑法', 264, '2022-03-01')).toMatch(/^第二百六十四条 盗窃公私财物/);
    expect(services.laws.articleText('刑法', 264, '2022-03-01')).toMatch(/^第二百六十四条/);
    expect(services.laws.articleText('中华人民共和国刑法', 9000, '2022-03-01')).toBeNull();
    expect(services.laws.articleText('中华人民共和国民法典', 667, '2022-03-01')).toBeNull();
  });

  it('refuses an article that is not in the store with NOT_FOUND, naming the last article', () => {
    expect(() => services.laws.article({ law: '刑法', article: 9000 })).toThrow(
      expect.objectContaining({ name: 'Refusal', code: 'NOT_FOUND' }),
    );
    expect(() => services.laws.article({ law: '刑法', article: 9000 })).toThrow(/最后一条是第四百五十二条/);
    expect(() => services.laws.article({ law: '民法典', article: 667 })).toThrow(/本库中没有《民法典》/);
    expect(services.laws.article({ law: '刑法', article: 264, asOf: '2022-03-01' }).citation).toBe('《中华人民共和国刑法》第二百六十四条');
  });

  it('says from when the store holds a text, for a date on which the law applied in an older one', () => {
    const lawId = stores.knowledge.prepare("SELECT id FROM laws WHERE title LIKE '%人身损害赔偿案件适用法律%'").pluck().get() as number;
    expect(olderTextMissingBefore(stores.knowledge, lawId, '2010-05-01')).toBe('2021-01-01');
    expect(olderTextMissingBefore(stores.knowledge, lawId, '2021-06-01')).toBeNull();
    const criminalLaw = stores.knowledge.prepare("SELECT id FROM laws WHERE title = '中华人民共和国刑法'").pluck().get() as number;
    expect(olderTextMissingBefore(stores.knowledge, criminalLaw, '2022-03-01')).toBeNull();
  });
});
