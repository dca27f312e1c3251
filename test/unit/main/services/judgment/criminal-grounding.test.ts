import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriminalPrediction } from '../../../../../main/inference/criminal-judgment';
import { chargeDistinctions, CriminalGrounding, loadChargeCatalogue, modelChargeLabels } from '../../../../../main/services/judgment';
import { sharedDataFolder } from '../../../../../main/services/laws';
import { judgmentAssist } from '../../../../../shared/contract/channels/judgment';
import { modelsPredictCriminal } from '../../../../../shared/contract/channels/model-outputs';
import { openCriminalLawStore } from '../../../../eval/support/criminal-law-store';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData } from '../laws/statute-data';

const modelsDir = join(process.cwd(), 'models');
const bribery =
  '经审理查明：被告人王某系某县某镇财政所所长。2015年至2016年间，被告人王某利用其负责拨付农业补贴资金的职务便利，先后多次收受刘某、陈某等人给予的好处费共计人民币28900元。案发后，被告人王某主动到县纪委投案，如实供述了自己的罪行。';
const harbouring =
  '2017年3月5日晚，被告人李某在其位于某小区的租住房内，容留刘某、张某吸食甲基苯丙胺（冰毒）。被告人李某到案后如实供述了上述事实。';

function prediction(charge: string, article: number, confidence = 0.7): CriminalPrediction {
  return {
    charges: [{ name: charge, confidence, spans: [], trained: true }],
    articles: [{ law: '中华人民共和国刑法', article, confidence, spans: [] }],
    term: { kind: 'fixed', outcome: 'fixed', months: 14, interval: [8, 24], confidence: 0.9, spans: [] },
  };
}

describe('charge catalogue', () => {
  it('falls back to the model catalogue, then to the maintained list, without the data folder', () => {
    const tmp = tempDir();
    try {
      const bare = loadChargeCatalogue({ dataFolder: join(tmp.dir, 'none'), modelsDir: join(tmp.dir, 'no-models') });
      expect(bare.origin).toBe('maintained');
      expect(bare.charges.find((c) => c.name === '受贿罪')?.articles).toEqual([385]);
      mkdirSync(join(tmp.dir, 'models', 'criminal-judgment'), { recursive: true });
      const catalogue = [
        { name: '盗窃罪', article: 264, 款: null, chapter: '第五章 侵犯财产罪' },
        { name: '危险驾驶罪', article: '133之一', 款: 1, chapter: '第二章 危害公共安全罪' },
      ];
      writeFileSync(join(tmp.dir, 'models', 'criminal-judgment', 'featurizer.json'), JSON.stringify({ charges: ['盗窃'], catalogue }));
      const fromModel = loadChargeCatalogue({ dataFolder: join(tmp.dir, 'none'), modelsDir: join(tmp.dir, 'models') });
      expect(fromModel.origin).toBe('model');
      expect(fromModel.charges.map((c) => [c.name, c.articles[0], c.paragraph])).toEqual([
        ['盗窃罪', 264, null],
        ['危险驾驶罪', 133, 1],
      ]);
    } finally {
      tmp.cleanup();
    }
  });

  it.skipIf(!hasStatuteData)('reads all charges with their 犯罪构成 from the team data folder', () => {
    const catalogue = loadChargeCatalogue({ dataFolder: sharedDataFolder(), modelsDir });
    expect(catalogue.origin).toBe('data-folder');
    expect(catalogue.charges.length).toBeGreaterThan(470);
    const harbour = catalogue.charges.find((c) => c.name === '容留他人吸毒罪');
    expect(harbour?.articles).toEqual([354]);
    expect(harbour?.elements?.objective).not.toMatch(/[\u4e00-\u9fa5] [\u4e00-\u9fa5]/);
  });
});

describe.skipIf(!hasStatuteData)('criminal grounding with the real 刑法 text', () => {
  let store: ReturnType<typeof openCriminalLawStore>;
  let grounding: CriminalGrounding;
  beforeAll(() => {
    store = openCriminalLawStore();
    const catalogue = loadChargeCatalogue({ dataFolder: sharedDataFolder(), modelsDir });
    grounding = new CriminalGrounding({
      laws: store.laws,
      catalogue: () => catalogue,
      modelLabels: () => modelChargeLabels(modelsDir),
      distinctions: chargeDistinctions,
    });
  });
  afterAll(() => store.close());

  it('answers the 财政所所长 bribery with 受贿罪 and 385/386/383, the model’s 非国家工作人员受贿 kept aside', () => {
    const out = grounding.ground({ facts: bribery, prediction: prediction('非国家工作人员受贿', 163), caseDate: '2017-01-01' });
    const top = out.charges[0];
    expect(top).toMatchObject({ name: '受贿罪', source: 'element-rule', confidence: null });
    expect(top?.reason).toContain('财政所所长');
    expect(top?.articles.map((a) => a.article)).toEqual([385, 386, 383]);
    expect(out.articles.map((a) => a.article)).toEqual([385, 386, 383]);
    expect(out.otherCharges.map((c) => c.name)).toContain('非国家工作人员受贿罪');
    expect(top?.elements.met.find((e) => e.element === '主体')?.passage?.text).toContain('财政所所长');
    const general = out.generalArticles.map((g) => [g.article, g.label]);
    expect(general).toContainEqual([67, '自首']);
    expect(general).toContainEqual([52, '罚金']);
    expect(out.generalArticles.find((g) => g.article === 67)?.text).toContain('自首');
    expect(() =>
      judgmentAssist.response
        .omit({ ai: true })
        .parse({ ...out, term: prediction('x', 1).term, deviation: { level: 'none', messages: [] }, amount: null, limits: [] }),
    ).not.toThrow();
  });

  it('answers 容留他人吸毒 facts with 354 even when the model says 走私、贩卖、运输、制造毒品', () => {
    const out = grounding.ground({
      facts: harbouring,
      prediction: prediction('[走私、贩卖、运输、制造]毒品', 347),
      caseDate: '2017-06-01',
    });
    expect(out.charges.map((c) => c.name)).toEqual(['容留他人吸毒罪']);
    expect(out.articles.map((a) => a.article)).toEqual([354]);
    expect(out.articles[0]?.text).toContain('容留他人吸食、注射毒品');
    expect(out.articles[0]?.citation).toBe('《中华人民共和国刑法》第三百五十四条');
  });

  it('keeps a confident model charge, adds its catalogue article, and lists 罪状 matches only as 其他可能罪名', () => {
    const facts = '被告人趁被害人熟睡之机，盗窃其放在床头的手机一部，价值人民币3000元。';
    const out = grounding.ground({ facts, prediction: prediction('盗窃', 264, 0.92), caseDate: '2018-01-01' });
    expect(out.charges).toHaveLength(1);
    expect(out.charges[0]).toMatchObject({ name: '盗窃罪', source: 'model', confidence: 0.92 });
    expect(out.otherCharges.every((c) => c.source === 'statute' && c.statute !== null)).toBe(true);
    const response = modelsPredictCriminal.response
      .omit({ ai: true })
      .parse({ ...out, modelArticles: [], term: prediction('x', 1).term, amount: null });
    expect(response.generalArticles.every((g) => g.article < 102)).toBe(true);
    expect(out.generalArticles.some((g) => g.label === '缓刑')).toBe(false);
  });
});
