import { describe, expect, it } from 'vitest';
import type { Case, CauseCatalogue } from '../../../shared/contract/channels/cases';
import {
  catalogueFor,
  draftFromCase,
  draftToInput,
  emptyDraft,
  looksLikeEntity,
  sameDraft,
  validateDraft,
} from '../../../renderer/features/cases/case-form-model';

const catalogue = (kind: 'civil' | 'criminal'): CauseCatalogue => ({
  kind,
  title: kind,
  source: '',
  origin: 'maintained',
  maintainedAt: '',
  parts: [{ part: 'p', groups: [{ group: 'g', causes: [{ name: kind === 'civil' ? '民间借贷纠纷' : '盗窃罪' }] }] }],
});

describe('case form model', () => {
  it('names every bad field by its path, with the contract’s Chinese message', () => {
    const draft = {
      ...emptyDraft(),
      caseNumber: '（2024）京0105民初1234',
      timeLimitDays: '三十',
      filedOn: '2024-03-01',
      hearingOn: '2024-02-01',
    };
    draft.claims = [{ text: '偿还借款', amount: '12.345' }];
    const { errors, input } = validateDraft(draft);
    expect(input).toBeNull();
    expect(errors).toMatchObject({
      caseNumber: '案号应以“号”字结尾',
      causeOfAction: '请选择或填写案由',
      procedure: '请选择审理程序',
      court: '请填写承办法院',
      'parties.0.name': '请填写当事人姓名或名称',
      'claims.0.amount': '金额最多保留两位小数（到分）',
    });
    expect(errors.timeLimitDays).toBeDefined();
  });

  it('turns a filled draft into the normalised request; a saved case round-trips to the same draft', () => {
    const draft = {
      ...emptyDraft(),
      caseNumber: '(2024)京0105民初1234号',
      causeOfAction: '民间借贷纠纷',
      procedure: 'civil-simple' as const,
      court: '北京市朝阳区人民法院',
      judges: '甲、乙, 丙',
      parties: [{ role: '原告' as const, name: '王某', kind: 'person' as const, idNumber: '', address: '', phone: '', agent: '' }],
      claims: [{ text: '偿还借款', amount: '1,000.5' }],
    };
    const { input } = validateDraft(draft);
    expect(input).toMatchObject({
      caseNumber: '（2024）京0105民初1234号',
      panel: { judges: ['甲', '乙', '丙'] },
      claims: [{ amount: 1000.5 }],
    });
    expect(draftToInput(draft).timeLimitDays).toBeNull();
    const saved = { ...input, id: 'x', status: 'open', version: 1 } as unknown as Case;
    const back = draftFromCase(saved);
    expect(back.judges).toBe('甲、乙、丙');
    expect(sameDraft(back, draftFromCase(saved))).toBe(true);
  });

  it('offers 罪名 for criminal case numbers or procedures, 民事案由 otherwise', () => {
    const both = { civil: catalogue('civil'), criminal: catalogue('criminal') };
    expect(catalogueFor('（2024）京0105刑初1号', undefined, both)?.kind).toBe('criminal');
    expect(catalogueFor('', 'criminal-fast-track', both)?.kind).toBe('criminal');
    expect(catalogueFor('（2024）京0105民初1号', 'criminal-fast-track', both)?.kind).toBe('civil');
    expect(catalogueFor('', undefined, null)).toBeNull();
  });

  it('recognises company and public-body names', () => {
    expect(['北京某某商贸有限公司', '中国工商银行北京分行', '北京市朝阳区人民检察院'].every(looksLikeEntity)).toBe(true);
    expect(looksLikeEntity('王建国')).toBe(false);
  });
});
