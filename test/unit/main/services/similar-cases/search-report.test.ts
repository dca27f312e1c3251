import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { SimilarCase } from '../../../../../shared/contract/channels/similar-cases';
import { draftSearchReport, renderSearchReport } from '../../../../../main/services/similar-cases/search-report';

const hit: SimilarCase = {
  case: {
    id: 7,
    source: 'judge_test',
    kind: '刑事',
    court: '上海市奉贤区人民法院',
    courtLevel: '基层',
    region: '上海',
    caseNumber: '（2017）沪0120刑初684号',
    causes: ['诈骗罪'],
    decidedOn: '2017-06-28',
    parties: '',
    facts: '公诉机关指控：……',
    reasoning:
      '本院认为，被告人张3以非法占有为目的，虚构事实，骗取他人财物，数额巨大，构成诈骗罪。被告人已着手实施犯罪，系犯罪未遂。其余不录。',
    result: '判决如下：被告人张3犯诈骗罪，判处有期徒刑七个月。',
    cited: [],
    outcome: { prisonMonths: 7, lifeImprisonment: false, deathPenalty: false, fine: 30000, awarded: null },
  },
  score: 1,
  lexicalRank: 1,
  denseRank: null,
  explanation: {
    summary: '同为诈骗罪；情节相同：坦白',
    sameCauses: ['诈骗罪'],
    queryOnlyCauses: [],
    candidateOnlyCauses: [],
    sharedArticles: [],
    circumstances: [],
    matchedPassages: [],
    queryHighlights: [],
    candidateHighlights: [],
    differences: ['类案有犯罪未遂情节，本案没有'],
  },
};

describe('类案检索报告', () => {
  const draft = draftSearchReport({
    searcher: '张法官',
    court: '北京市海淀区人民法院',
    caseNumber: '（2026）京0108刑初1号',
    searchedAt: '2026-11-26T10:00:00.000Z',
    query: '被告人冒用他人身份骗取现金',
    mode: 'facts',
    method: 'hybrid',
    corpusSize: 12389,
    modelText: '排序模型 similar-cases-hybrid 1',
    auditSeq: 42,
    cases: [hit],
  });

  it('drafts every section the SPC guidance asks for, with the case, its holding, the differences and its source', () => {
    expect(draft.subject).toBe('检索主体：张法官');
    expect(draft.time).toBe('检索时间：2026-11-26');
    expect(draft.platform).toContain('12389 件');
    expect(draft.method).toContain('审计日志第 42 条');
    expect(draft.points[0]?.title).toContain('（2017）沪0120刑初684号');
    expect(draft.points[0]?.text).toContain('裁判要点：本院认为，被告人张3以非法占有为目的');
    expect(draft.points[0]?.text).toContain('主要差异：类案有犯罪未遂情节，本案没有');
    expect(draft.conclusion).toContain('请承办法官');
    expect(draft.sources).toEqual(['1. 上海市奉贤区人民法院 （2017）沪0120刑初684号 2017-06-28，来源：judge_test']);
  });

  it('exports the judge’s edited text as DOCX, read back with mammoth', async () => {
    const edited = { ...draft, conclusion: '结论：本案与类案基本事实相同，参照类案裁判尺度处理。' };
    const bytes = await renderSearchReport(edited);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const expected of [
      '北京市海淀区人民法院',
      '类案检索报告',
      '检索主体：张法官',
      '检索时间：2026-11-26',
      '检索平台',
      '检索方法',
      '一、检索结果',
      '二、类案裁判要点',
      '三、结论',
      '参照类案裁判尺度处理',
      '附：类案来源',
      '（2017）沪0120刑初684号',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('请承办法官');
  });
});
