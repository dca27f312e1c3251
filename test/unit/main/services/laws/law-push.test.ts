import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import type { JudgeDeskApp } from '../../../../../main/app';
import { openApp } from '../../../../../main/app';
import { importStatutes } from '../../../../../main/services/laws';
import { keyTerms, lawPushModel, lawPushParameters, pushLaws } from '../../../../../main/services/laws/law-push';
import { openStores } from '../../../../../main/store/stores';
import type { LawSuggestion } from '../../../../../shared/contract/channels/laws';
import { canonicalJson } from '../../../../../shared/domain/canonical-json';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, lawrefbook } from './statute-data';

const loanFacts =
  '原告张三于2020年5月1日向被告李四出借人民币10万元，双方约定月利率2%，借期一年。借款到期后，被告未归还借款本金及利息，原告诉至法院，请求判令被告偿还借款本金10万元及利息。';
const divorceFacts = '原告与被告于2010年登记结婚，婚后育有一子。因感情不和，原告起诉离婚，要求抚养孩子并分割夫妻共同财产。';

describe('law push model identity', () => {
  it('the model sha256 is the hash of the canonical ranking rules, so a change of rules changes it', () => {
    expect(lawPushModel.modelId).toBe('law-push-terms');
    expect(lawPushModel.modelVersion).toBe('1');
    expect(lawPushModel.modelSha256).toBe(createHash('sha256').update(canonicalJson(lawPushParameters)).digest('hex'));
    const changed = { ...lawPushParameters, minCohesion: lawPushParameters.minCohesion + 0.5 };
    expect(createHash('sha256').update(canonicalJson(changed)).digest('hex')).not.toBe(lawPushModel.modelSha256);
  });
});

describe.skipIf(!hasStatuteData)('law push over the whole statute folder', () => {
  const tmp = tempDir();
  const dataDir = join(tmp.dir, 'data');
  let app: JudgeDeskApp;
  let stores: ReturnType<typeof openStores>;
  const caller = localCaller('web');

  beforeAll(() => {
    const writer = openStores(dataDir);
    try {
      importStatutes(writer.knowledge, lawrefbook);
    } finally {
      writer.close();
    }
    app = openApp({ dataDir, host: 'web', modelsDir: join(tmp.dir, 'models') });
    // The service tests read the file the app serves, through a connection of their own.
    stores = openStores(dataDir);
  }, 120_000);
  afterAll(() => {
    stores?.close();
    app?.close();
    tmp.cleanup();
  });

  function checkExplained(facts: string, s: LawSuggestion) {
    expect(s.matchedTerms.length).toBeGreaterThan(0);
    for (const term of s.matchedTerms) {
      expect(facts).toContain(term);
      expect(s.text).toContain(term);
    }
    for (const h of s.factHighlights) expect(s.text).toContain(facts.slice(h.start, h.end).slice(0, 2));
    for (const h of s.articleHighlights) {
      const marked = s.text.slice(h.start, h.end);
      expect(s.matchedTerms.some((t) => marked.includes(t))).toBe(true);
    }
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(1);
  }

  it('loan facts: 民法典 借款合同 and 民间借贷规定 articles lead, each with matched terms highlighted on both sides', () => {
    const result = pushLaws(stores.knowledge, { facts: loanFacts, caseDate: '2022-03-01' });
    expect(result.terms).toEqual(expect.arrayContaining(['借款', '利息', '利率']));
    expect(result.terms).not.toContain('人民');
    expect(result.terms).not.toContain('及利');
    expect(result.suggestions).toHaveLength(10);
    const titles = result.suggestions.map((s) => `${s.shortTitle} ${s.label}`);
    expect(titles).toContain('民法典 第六百六十七条');
    expect(result.suggestions.filter((s) => s.shortTitle.includes('民间借贷')).length).toBeGreaterThanOrEqual(3);
    const scores = result.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.confidence).toBe(scores[0]);
    for (const s of result.suggestions) {
      checkExplained(loanFacts, s);
      expect(s.status).toBe('有效');
      expect(s.statusNote).toBeNull();
    }
    const civil = result.suggestions.find((s) => s.label === '第六百六十七条')!;
    expect(civil.citation).toBe('《中华人民共和国民法典》第六百六十七条');
    expect(civil.matchedTerms).toEqual(expect.arrayContaining(['借款', '利息']));
  });

  it('divorce facts: 民法典 婚姻家庭编 articles, whole stretches shown (分割夫妻共同财产)', () => {
    const result = pushLaws(stores.knowledge, { facts: divorceFacts, caseDate: '2024-05-01' });
    const top = result.suggestions.map((s) => `${s.shortTitle} ${s.label}`);
    expect(top).toContain('民法典 第一千零九十二条');
    expect(top).toContain('民法典 第一千零七十九条');
    expect(result.suggestions[0]!.matchedTerms).toContain('分割夫妻共同财产');
    for (const s of result.suggestions) checkExplained(divorceFacts, s);
  });

  it('a case date before 民法典: its articles are still shown, labelled 尚未生效 with a note, never silently', () => {
    const result = pushLaws(stores.knowledge, { facts: loanFacts, caseDate: '2020-06-01', limit: 30 });
    const civil = result.suggestions.filter((s) => s.shortTitle === '民法典');
    expect(civil.length).toBeGreaterThan(0);
    for (const s of result.suggestions) {
      if (s.status === '有效') expect(s.statusNote).toBeNull();
      else expect(s.statusNote).toMatch(/不应直接适用|已被修改/);
    }
    for (const s of civil) {
      expect(s.status).toBe('尚未生效');
      expect(s.statusNote).toContain('自 2021-01-01 起施行，在案件日期 2020-06-01 尚未生效');
    }
  });

  it('facts with no telling term give no suggestion and confidence 0', () => {
    expect(pushLaws(stores.knowledge, { facts: 'abc 123', caseDate: '2024-01-01' })).toEqual({
      caseDate: '2024-01-01',
      terms: [],
      suggestions: [],
      confidence: 0,
    });
    expect(keyTerms(stores.knowledge, '应当人民法院规定')).toEqual([]);
  });

  it('through the API: laws.push is audited (model id, sha256, confidence), carries 仅供参考 and its audit seq; the decision links back', async () => {
    const result = await app.invoke('laws.push', { facts: loanFacts, caseDate: '2022-03-01', caseId: 'C-1' }, caller);
    expect(result.ok).toBe(true);
    const value = (result as { ok: true; value: { ai: Record<string, unknown>; suggestions: LawSuggestion[] } }).value;
    expect(value.ai).toMatchObject({
      modelId: 'law-push-terms',
      modelVersion: '1',
      modelSha256: lawPushModel.modelSha256,
      notice: '仅供参考',
    });
    expect(value.ai.confidence).toBe(value.suggestions[0]!.score);
    expect(value.ai.summary).toMatch(/^法条推送 10 条：《/);
    const seq = value.ai.auditSeq as number;
    const list = await app.invoke('audit.list', { kind: 'ai_output', feature: 'lawPush', limit: 10, offset: 0 }, caller);
    expect(list).toMatchObject({
      ok: true,
      value: { total: 1, entries: [{ seq, caseId: 'C-1', payload: { modelId: 'law-push-terms' } }] },
    });
    const decision = await app.invoke('audit.recordDecision', { outputSeq: seq, decision: 'accepted' }, caller);
    expect(decision).toMatchObject({ ok: true, value: { kind: 'decision', feature: 'lawPush', caseId: 'C-1' } });
  });

  it('through the API: with 法条推送 switched off, laws.push is refused; search, article and cite still work', async () => {
    await app.invoke('settings.ai.set', { scope: 'lawPush', enabled: false }, caller);
    try {
      expect(await app.invoke('laws.push', { facts: loanFacts }, caller)).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
      expect(await app.invoke('laws.search', { query: '借贷', limit: 5 }, caller)).toMatchObject({ ok: true });
      expect(await app.invoke('laws.article', { law: '民法典', article: 667 }, caller)).toMatchObject({
        ok: true,
        value: {
          citation: '《中华人民共和国民法典》第六百六十七条',
          previous: { label: '第六百六十六条' },
          next: { label: '第六百六十八条' },
        },
      });
      expect(await app.invoke('laws.cite', { text: '《民法典》第六百六十七条' }, caller)).toMatchObject({ ok: true });
    } finally {
      await app.invoke('settings.ai.set', { scope: 'lawPush', enabled: true }, caller);
    }
  });

  it('through the API: laws.article by law id and a superseded version date shows that version', async () => {
    const civil = await app.invoke('laws.article', { law: '中华人民共和国民事诉讼法', article: 1, asOf: '2022-06-01' }, caller);
    expect(civil.ok).toBe(true);
    const value = (civil as { ok: true; value: { law: { lawId: number; version: { effectiveDate: string } } } }).value;
    const byId = await app.invoke('laws.article', { law: value.law.lawId, article: 1, asOf: '2022-06-01' }, caller);
    expect(byId).toMatchObject({ ok: true, value: { law: { version: { effectiveDate: value.law.version.effectiveDate } } } });
    expect(await app.invoke('laws.article', { law: '民法典', article: 5000 }, caller)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '《中华人民共和国民法典》没有第五千条，最后一条是第一千二百六十条' },
    });
  });
});
