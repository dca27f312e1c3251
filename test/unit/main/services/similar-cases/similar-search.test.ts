import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import type { SimilarSearchResult } from '../../../../../shared/contract/channels/similar-cases';
import type { AiOutput } from '../../../../../shared/contract/ai-output';
import { openTempApp } from '../../../../helpers/temp-app';
import type { TempApp } from '../../../../helpers/temp-app';
import { build, hasStatuteData, subsetFolder, testKey, trust } from '../packs/pack-fixtures';
import { hasCaseData, sampleCaseFile } from './case-data';

const caller = localCaller('web');
type Search = SimilarSearchResult & { ai: AiOutput };

const theft =
  '公诉机关指控：2018年3月5日，被告人王某在某超市内盗窃香烟两条，价值人民币八百元，后被当场抓获。被告人王某到案后如实供述自己的罪行，退赔被害人损失并取得谅解。';

describe.skipIf(!hasStatuteData || !hasCaseData)('similarCases.* on a real corpus sample', () => {
  let t: TempApp;
  beforeAll(async () => {
    t = openTempApp('web');
    const key = testKey(join(t.dir, 'key'));
    trust(t.dataDir, key);
    const pack = build(
      subsetFolder(t.dir, (row) => row.name === '刑法'),
      key,
      'sim-1',
      join(t.dir, 'p.jdpack'),
      [sampleCaseFile(t.dir, 40)],
    );
    const imported = await t.app.invoke('packs.import', { path: pack.file }, caller);
    if (!imported.ok) throw new Error(imported.error.message);
  }, 180_000);
  afterAll(() => t?.cleanup());

  async function search(payload: Record<string, unknown>): Promise<Search> {
    const result = await t.app.invoke('similarCases.search', payload, caller);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Search;
  }

  it('pushes explained cases only, labelled 仅供参考 and audited', async () => {
    const r = await search({ query: theft, k: 10 });
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.ai.notice).toBe('仅供参考');
    expect(r.ai.auditSeq).toBeGreaterThan(0);
    for (const hit of r.results) {
      expect(hit.explanation.summary).not.toBe('');
      for (const h of hit.explanation.candidateHighlights) expect(hit.case.facts.slice(h.start, h.end)).toBe(h.text);
      for (const h of hit.explanation.queryHighlights) expect(r.queryText.slice(h.start, h.end)).toBe(h.text);
    }
    expect(r.queryCircumstances.map((c) => c.label)).toEqual(expect.arrayContaining(['坦白', '退赃退赔', '取得谅解']));
    const audit = await t.app.invoke('audit.list', { feature: 'similarCases', limit: 5, offset: 0 }, caller);
    expect(audit.ok && (audit.value as { entries: Array<{ seq: number }> }).entries.some((e) => e.seq === r.ai.auditSeq)).toBe(true);
  });

  it('finds one- and two-character queries, with the query highlighted in the case', async () => {
    for (const query of ['借贷', '盗']) {
      const r = await search({ query, k: 5, method: 'lexical' });
      expect(r.results.length).toBeGreaterThan(0);
      for (const hit of r.results) expect(hit.case.facts).toContain(query);
      expect(r.results[0]?.explanation.candidateHighlights[0]?.text).toContain(query);
    }
  });

  it('applies cause, court-level and kind filters', async () => {
    const theftOnly = await search({ query: theft, k: 10, filters: { causes: ['盗窃'] } });
    expect(theftOnly.results.length).toBeGreaterThan(0);
    for (const hit of theftOnly.results) expect(hit.case.causes).toContain('盗窃罪');
    const basic = await search({ query: '被告人', k: 10, filters: { courtLevels: ['基层'] } });
    for (const hit of basic.results) expect(hit.case.courtLevel).toBe('基层');
    const civil = await search({ query: '借款', k: 10, filters: { kind: '民事' } });
    for (const hit of civil.results) expect(hit.case.kind).toBe('民事');
  });

  it('by cited articles: every case shares an article the query cites; without a citation it says so and searches by facts', async () => {
    const r = await search({ query: '依照《中华人民共和国刑法》第二百六十四条', mode: 'articles', k: 10 });
    expect(r.mode).toBe('articles');
    expect(r.results.length).toBeGreaterThan(0);
    for (const hit of r.results) expect(hit.explanation.sharedArticles.map((a) => a.key)).toContain('中华人民共和国刑法#264');
    const fallback = await search({ query: theft, mode: 'articles', k: 3 });
    expect(fallback.mode).toBe('facts');
    expect(fallback.notes.join('')).toContain('没有可识别的法条引用');
  });

  it('gives the same cases whoever the party is (name, gender, ethnicity, birthplace)', async () => {
    const a = await search({ query: `被告人王某，男，汉族，出生于河南省。${theft}`, k: 10 });
    const b = await search({ query: `被告人李某某，女，回族，出生于广东省。${theft.replaceAll('王某', '李某某')}`, k: 10 });
    expect(b.results.map((x) => x.case.id)).toEqual(a.results.map((x) => x.case.id));
  });

  it('records 相关/不相关 feedback in the audit trail against the search output', async () => {
    const r = await search({ query: theft, k: 3 });
    const id = r.results[0]?.case.id ?? 0;
    const fb = await t.app.invoke('similarCases.feedback', { outputSeq: r.ai.auditSeq, corpusCaseId: id, relevant: false }, caller);
    expect(fb.ok).toBe(true);
    const audit = await t.app.invoke('audit.list', { feature: 'similarCases', kind: 'decision', limit: 5, offset: 0 }, caller);
    const entries = audit.ok ? (audit.value as { entries: Array<{ summary: string; payload: Record<string, unknown> }> }).entries : [];
    expect(entries[0]?.payload).toMatchObject({ outputSeq: r.ai.auditSeq, corpusCaseId: id, relevant: false });
    expect(entries[0]?.summary).toMatch(/^不相关/);
    const bad = await t.app.invoke('similarCases.feedback', { outputSeq: 999_999, corpusCaseId: id, relevant: true }, caller);
    expect(bad.ok ? null : bad.error.code).toBe('NOT_FOUND');
  });

  it('drafts the 类案检索报告 from an audited search, naming who searched; the export is a decision entry', async () => {
    const r = await search({ query: theft, k: 5, method: 'lexical' });
    const kept = r.results.slice(0, 2);
    const request = {
      outputSeq: r.ai.auditSeq,
      query: theft,
      mode: r.mode,
      method: r.method,
      corpusSize: r.corpusSize,
      cases: kept,
      caseNumber: '（2026）京0105刑初1号',
    };
    const draft = await t.app.invoke('similarCases.reportDraft', request, caller);
    if (!draft.ok) throw new Error(draft.error.message);
    const value = draft.value as { subject: string; court: string; method: string; points: Array<{ caseId: number }> };
    expect(value).toMatchObject({ subject: `检索主体：${caller.user}`, court: '〔法院名称〕' });
    expect(value.method).toContain(`审计日志第 ${r.ai.auditSeq} 条`);
    expect(value.points.map((p) => p.caseId)).toEqual(kept.map((hit) => hit.case.id));

    const exported = await t.app.invoke('similarCases.reportExport', { draft: value, outputSeq: r.ai.auditSeq }, caller);
    if (!exported.ok) throw new Error(exported.error.message);
    const file = exported.value as { fileName: string; base64: string };
    expect(file.fileName).toBe('类案检索报告-（2026）京0105刑初1号.docx');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    const audit = await t.app.invoke('audit.list', { feature: 'similarCases', kind: 'decision', limit: 1, offset: 0 }, caller);
    const [entry] = audit.ok ? (audit.value as { entries: Array<{ summary: string; payload: unknown }> }).entries : [];
    expect(entry).toMatchObject({
      summary: `导出类案检索报告（${kept.length} 件类案）`,
      payload: { outputSeq: r.ai.auditSeq, action: 'report-export' },
    });

    const stale = await t.app.invoke('similarCases.reportDraft', { ...request, outputSeq: 999_999 }, caller);
    expect(stale).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses with AI_DISABLED when 类案推送 is switched off; the corpus stays readable', async () => {
    await t.app.invoke('settings.ai.set', { scope: 'similarCases', enabled: false }, caller);
    try {
      const r = await t.app.invoke('similarCases.search', { query: theft }, caller);
      expect(r.ok ? null : r.error.code).toBe('AI_DISABLED');
      const status = await t.app.invoke('similarCases.status', {}, caller);
      expect(status.ok && (status.value as { total: number }).total).toBeGreaterThan(0);
    } finally {
      await t.app.invoke('settings.ai.set', { scope: 'similarCases', enabled: true }, caller);
    }
  });

  it('answers a clear Chinese error for an empty query and an unknown case', async () => {
    const empty = await t.app.invoke('similarCases.search', { query: '  ' }, caller);
    expect(empty.ok ? '' : empty.error.message).toContain('请输入案件事实或检索词');
    const missing = await t.app.invoke('similarCases.get', { id: 99_999_999 }, caller);
    expect(missing.ok ? '' : missing.error.message).toContain('类案库中没有编号为 99999999 的案例');
  });

  it('builds the vector index with the encoder (progress, then dense search), and says when no encoder is installed', async () => {
    const missing = await t.app.invoke('similarCases.buildIndex', {}, caller);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    cpSync(join(process.cwd(), 'models', 'legal-encoder'), join(t.modelsDir, 'legal-encoder'), { recursive: true });
    const events: number[] = [];
    const stop = t.app.onProgress((e) => events.push(e.done));
    const built = await t.app.invoke('similarCases.buildIndex', { jobId: 'vec' }, caller).finally(stop);
    if (!built.ok) throw new Error(built.error.message);
    const status = await t.app.invoke('similarCases.status', {}, caller);
    const total = status.ok ? (status.value as { total: number }).total : -1;
    expect(built.value).toMatchObject({ vectors: total, dimension: 256 });
    expect(events.at(-1)).toBe(total);
    expect(status).toMatchObject({ ok: true, value: { denseIndex: { available: true, vectors: total } } });
    const dense = await search({ query: theft, k: 5, method: 'dense' });
    expect(dense.method).toBe('dense');
    expect(dense.results.length).toBeGreaterThan(0);
  }, 120_000);
});
