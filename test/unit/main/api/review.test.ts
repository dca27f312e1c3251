import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import type { ReviewFinding } from '../../../../shared/contract/channels/review';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

const web = localCaller('web');
const text = '民事判决书\n原告张三,男。截止2023年1月1日，被告尚欠借款。联系电话13812345678。';

describe('review.* through the dispatcher on a real workspace', () => {
  let t: TempApp;
  beforeAll(() => {
    t = openTempApp();
  });
  afterAll(() => t.cleanup());

  const auditEntry = async (seq: number) => {
    const list = await t.app.invoke('audit.list', { limit: 500 }, web);
    return (list.ok ? (list.value as { entries: { seq: number }[] }).entries : []).find((e) => e.seq === seq);
  };

  const run = async () => {
    const result = await t.app.invoke('review.run', { text, source: '测试文书' }, web);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { findings: ReviewFinding[]; ai: { notice: string; auditSeq: number; modelId: string } };
  };

  it('run: findings labelled 仅供参考 and audited as documentReview output', async () => {
    const value = await run();
    expect(value.ai).toMatchObject({ notice: '仅供参考', modelId: 'document-review-rules' });
    expect(await auditEntry(value.ai.auditSeq)).toMatchObject({ kind: 'ai_output', feature: 'documentReview' });
    expect(value.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['wording.halfwidth', 'wording.jiezhi', 'privacy.phone']));
  });

  it('applyFix: the text changes and the acceptance is a decision entry; a stale finding is refused', async () => {
    const value = await run();
    const jiezhi = value.findings.find((f) => f.rule === 'wording.jiezhi')!;
    const applied = await t.app.invoke('review.applyFix', { text, outputSeq: value.ai.auditSeq, finding: jiezhi }, web);
    expect(applied.ok).toBe(true);
    const { text: fixed, auditSeq } = (applied as { value: { text: string; auditSeq: number } }).value;
    expect(fixed).toContain('截至2023年1月1日');
    expect(await auditEntry(auditSeq)).toMatchObject({
      kind: 'decision',
      feature: 'documentReview',
      summary: expect.stringContaining('截止'),
    });
    const again = await t.app.invoke('review.applyFix', { text: fixed, outputSeq: value.ai.auditSeq, finding: jiezhi }, web);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('redact: the publication copy without the phone number, audited', async () => {
    const result = await t.app.invoke('review.redact', { text }, web);
    expect(result.ok && (result.value as { text: string }).text).toContain('138××××5678');
  });

  it('import: a broken DOCX is refused naming the file; nothing is stored', async () => {
    const result = await t.app.invoke('review.import', { fileName: '判决书.docx', base64: Buffer.from('nope').toString('base64') }, web);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('判决书.docx') } });
  });

  it('an in-app draft of each judgment type passes the structure family (the drafting templates and the review agree)', async () => {
    const created = await t.app.invoke(
      'cases.create',
      { caseNumber: '(2026)京0105民初88号', causeOfAction: '民间借贷纠纷', procedure: 'civil-simple', court: '北京市朝阳区人民法院' },
      web,
    );
    const caseId = (created as { value: { id: string } }).value.id;
    for (const type of ['civil-judgment', 'criminal-judgment', 'civil-ruling', 'civil-mediation']) {
      const draft = await t.app.invoke('drafting.create', { caseId, type }, web);
      expect(draft.ok).toBe(true);
      const sections = (draft as { value: { sections: { text: string }[] } }).value.sections;
      const draftText = sections
        .map((s) => s.text)
        .filter((x) => x !== '')
        .join('\n');
      const reviewed = await t.app.invoke('review.run', { text: draftText, source: `${type} 草稿` }, web);
      const findings = (reviewed as { value: { documentType: string; findings: ReviewFinding[] } }).value;
      expect(findings.documentType).not.toBe('other');
      expect(findings.findings.filter((f) => f.family === 'structure')).toEqual([]);
    }
  });

  it('switched off: run and redact answer AI_DISABLED', async () => {
    const off = await t.app.invoke('settings.ai.set', { scope: 'documentReview', enabled: false }, web);
    expect(off.ok).toBe(true);
    expect(await t.app.invoke('review.run', { text }, web)).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    expect(await t.app.invoke('review.redact', { text }, web)).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
  });
});
