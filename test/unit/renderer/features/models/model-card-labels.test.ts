import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureLabel, metricLabel, splitLabel } from '../../../../../renderer/features/models/model-card-labels';
import { enUS } from '../../../../../renderer/i18n/en-US';
import { isMessageKey, translate, type Translate } from '../../../../../renderer/i18n/translate';
import { zhCN } from '../../../../../renderer/i18n/zh-CN';

const zh: Translate = (key, params) => translate(zhCN, key, params);
const en: Translate = (key, params) => translate(enUS, key, params);

/** The metrics of every model card in the repository, as the 模型说明 page receives them. */
const metrics = readdirSync('models', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join('models', entry.name, 'card.json')))
  .flatMap((entry) => {
    const card = JSON.parse(readFileSync(join('models', entry.name, 'card.json'), 'utf8')) as {
      id: string;
      feature: string;
      metrics: Array<{ name: string; split: string }>;
    };
    return card.metrics.map((m) => ({ card: card.id, feature: card.feature, ...m }));
  });

describe('model card metric names', () => {
  it('reads the cards (a test over no card would prove nothing)', () => {
    expect(metrics.length).toBeGreaterThan(10);
  });

  it('names every term of every card in the catalogue', () => {
    const unnamed = metrics.flatMap((m) =>
      m.name
        .split('.')
        .map((part) => part.split('@')[0]!)
        .filter((term) => !isMessageKey(`models.metricTerm.${term}`))
        .map((term) => `${m.card}: ${m.name} (${term})`),
    );
    expect(unnamed).toEqual([]);
  });

  it('joins the named terms in the UI language and keeps a rank', () => {
    expect(metricLabel('charges.microF1', zh)).toBe('罪名 · 微平均 F1');
    expect(metricLabel('charges.microF1', en)).toBe('Charges · micro-F1');
    expect(metricLabel('person.overlapF1', zh)).toBe('人名 · 重叠 F1');
    expect(metricLabel('ndcg@10', zh)).toBe('NDCG@10');
    expect(metricLabel('ecspell.char.f05', zh)).toBe('ECSpell 法律文本 · 按字 · F0.5');
  });

  it('shows a term it does not know as the card writes it', () => {
    expect(metricLabel('cer', zh)).toBe('cer');
    expect(metricLabel('charges.top3', zh)).toBe('罪名 · top3');
    expect(metricLabel('constructor.toString', zh)).toBe('constructor · toString');
  });
});

describe('model card features', () => {
  it('names the feature of every card in Chinese', () => {
    for (const feature of new Set(metrics.map((m) => m.feature))) expect(featureLabel(feature, zh), feature).toMatch(/[\u4e00-\u9fff]/);
    expect(featureLabel('similarCases', zh)).toBe('类案推送');
    expect(featureLabel('criminalJudgment', en)).toBe('Criminal judgment assistance (deviation warning)');
    expect(featureLabel('somethingNew', zh)).toBe('somethingNew');
  });
});

describe('model card split descriptions', () => {
  it('renders every split of every card in Chinese, with its figures', () => {
    for (const m of metrics) {
      const label = splitLabel(m.split, zh);
      expect(label, `${m.card}: ${m.split}`).not.toBe(m.split);
      expect(label).toMatch(/[\u4e00-\u9fff]/);
      for (const figure of m.split.match(/\d+/g) ?? []) expect(label, `${m.card}: ${m.split}`).toContain(figure);
    }
    expect(splitLabel('test (held out, stratified by charge, seed 20240401)', zh)).toBe('测试集（留出，按罪名分层，随机种子 20240401）');
  });

  it("gives back the card's own English wording in English", () => {
    for (const m of metrics) expect(splitLabel(m.split, en)).toBe(m.split);
  });

  it('shows a split of another shape as written', () => {
    expect(splitLabel('dev (10%)', zh)).toBe('dev (10%)');
  });
});
