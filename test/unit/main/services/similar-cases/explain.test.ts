import { describe, expect, it } from 'vitest';
import type { CorpusCase } from '../../../../../shared/contract/channels/similar-cases';
import { findCircumstances } from '../../../../../main/services/similar-cases/circumstances';
import { bigramSet, explain, hasExplanation } from '../../../../../main/services/similar-cases/explain';
import type { QuerySide } from '../../../../../main/services/similar-cases/explain';

function corpusCase(facts: string, causes: string[], cited: string[] = []): CorpusCase {
  return {
    id: 1,
    source: 't',
    kind: '刑事',
    court: null,
    courtLevel: null,
    region: null,
    caseNumber: null,
    causes,
    decidedOn: null,
    parties: '',
    facts,
    reasoning: '',
    result: '',
    cited: cited.map((key) => ({ key, citation: key, articleId: null })),
    outcome: { prisonMonths: null, lifeImprisonment: false, deathPenalty: false, fine: null, awarded: null },
  };
}

function querySide(text: string, causes: string[] = [], articles: string[] = []): QuerySide {
  return { text, causes, articleKeys: new Set(articles), circumstances: findCircumstances(text), bigrams: bigramSet(text) };
}

describe('explanation of one pushed case', () => {
  const query = querySide('被告人在超市盗窃香烟两条，价值人民币八百元，到案后如实供述。', ['盗窃罪'], ['中华人民共和国刑法#264']);

  it('matches charge, articles, circumstances and passages side by side, and names what differs', () => {
    const candidate = corpusCase(
      '被告人系累犯，在超市盗窃香烟两条，价值人民币五千元，到案后如实供述。',
      ['盗窃罪'],
      ['中华人民共和国刑法#264', '中华人民共和国刑法#65'],
    );
    const e = explain(query, candidate);
    expect(e.sameCauses).toEqual(['盗窃罪']);
    expect(e.sharedArticles.map((a) => a.key)).toEqual(['中华人民共和国刑法#264']);
    expect(e.circumstances.find((c) => c.id === 'confession')?.status).toBe('both');
    expect(e.circumstances.find((c) => c.id === 'recidivist')).toMatchObject({ status: 'candidateOnly', query: null });
    expect(e.differences).toEqual(expect.arrayContaining(['类案有累犯情节，本案没有', '类案涉案金额 5,000 元，本案 800 元']));
    expect(e.matchedPassages).toContain('在超市盗窃香烟两条，价值人民币');
    for (const h of e.candidateHighlights) expect(candidate.facts.slice(h.start, h.end)).toBe(h.text);
    for (const h of e.queryHighlights) expect(query.text.slice(h.start, h.end)).toBe(h.text);
    expect(e.summary).toContain('同为盗窃罪');
    expect(hasExplanation(e)).toBe(true);
  });

  it('says when the charge differs and when the query has a circumstance the case lacks', () => {
    const e = explain(
      querySide('被告人系累犯，持刀抢劫。', ['抢劫罪']),
      corpusCase('被告人持刀抢劫出租车司机。', ['抢劫罪', '故意伤害罪']),
    );
    expect(e.differences).toEqual(expect.arrayContaining(['类案罪名为抢劫罪、故意伤害罪，本案为抢劫罪', '本案有累犯情节，类案没有']));
  });

  it('finds nothing to explain for an unrelated case, so it is not shown', () => {
    const e = explain(query, corpusCase('原告与被告系夫妻关系，因感情不和诉至法院请求离婚。', ['离婚纠纷']));
    expect(hasExplanation(e)).toBe(false);
  });
  it('breaks a passage at whitespace (ideographic space too) and matches across rare (astral) characters like any other', () => {
    const q = querySide('被告人在𠀀村盗窃耕牛一头，价值人民币三千元。');
    const spaced = explain(q, corpusCase('某日在𠀀村盗窃\u3000耕牛一头，价值人民币三千元。', []));
    expect(spaced.matchedPassages).toContain('耕牛一头，价值人民币三千元');
    expect(spaced.matchedPassages.some((p) => p.includes('\u3000'))).toBe(false);
    const joined = explain(q, corpusCase('某日在𠀀村盗窃耕牛一头。', []));
    expect(joined.matchedPassages).toContain('村盗窃耕牛一头');
  });
});
