// 类案检索报告 (SPC 2020《关于统一法律适用加强类案检索的指导意见（试行）》: 检索主体、时间、平台、
// 方法、结果、类案裁判要点、结论). The draft is text the judge edits; only the edited text is exported.
import type { CorpusCase, SearchReportDraft, SimilarCase } from '../../../shared/contract/channels/similar-cases';
import { similarModeLabels } from '../../../shared/contract/channels/similar-cases';
import { CourtDocx } from '../court-docx';

export interface ReportInput {
  searcher: string;
  court: string;
  caseNumber: string;
  /** ISO date-time of the search (the audit entry's time). */
  searchedAt: string;
  query: string;
  mode: 'facts' | 'focus' | 'articles';
  method: 'hybrid' | 'lexical' | 'dense';
  corpusSize: number;
  modelText: string;
  auditSeq: number;
  /** The cases the judge kept, in the order shown. */
  cases: readonly SimilarCase[];
}

const methodLabels = {
  hybrid: '字面检索与语义检索融合，并结合罪名/案由、引用法条、量刑情节等结构化要素排序',
  lexical: '字面（关键词）检索',
  dense: '语义向量检索',
} as const;

function caseTitle(c: CorpusCase): string {
  return [c.court, c.caseNumber, c.decidedOn].filter(Boolean).join(' ') || `类案库 ${c.source} #${c.id}`;
}

/** The court's view in one or two sentences: the start of 本院认为, else the operative part. */
function holding(c: CorpusCase): string {
  const text = (c.reasoning || c.result).replace(/\s+/g, '');
  if (!text) return '（该案数据未载明裁判理由，请核对原文）';
  const sentences = text
    .split(/(?<=。)/)
    .slice(0, 2)
    .join('');
  return sentences.length > 220 ? `${sentences.slice(0, 220)}…` : sentences;
}

export function draftSearchReport(input: ReportInput): SearchReportDraft {
  const date = input.searchedAt.slice(0, 10);
  const points = input.cases.map((hit, i) => ({
    caseId: hit.case.id,
    title: `${i + 1}. ${caseTitle(hit.case)}（${hit.case.causes.join('、') || '案由不明'}）`,
    text: `裁判要点：${holding(hit.case)}\n与本案的关联：${hit.explanation.summary || '见对照'}${hit.explanation.differences.length ? `\n主要差异：${hit.explanation.differences.join('；')}` : ''}`,
  }));
  return {
    title: '类案检索报告',
    court: input.court,
    caseNumber: input.caseNumber,
    subject: `检索主体：${input.searcher}`,
    time: `检索时间：${date}`,
    platform: `检索平台：JudgeDesk 审判辅助工作台类案库（离线，${input.corpusSize} 件裁判文书；${input.modelText}）`,
    method: `检索方法：以本案${similarModeLabels[input.mode]}为检索条件，采用${methodLabels[input.method]}；检索记录见审计日志第 ${input.auditSeq} 条。检索词：${input.query.length > 120 ? `${input.query.slice(0, 120)}…` : input.query}`,
    results: `检索结果：共推送 ${input.cases.length} 件类案，经审查列入本报告的类案如下（机器推送结果仅供参考，已由承办法官逐件审查）。`,
    points,
    conclusion: '结论：〔请承办法官根据上述类案的裁判要点，写明本案与类案在基本事实、争议焦点、法律适用上的异同及处理意见〕',
    sources: input.cases.map((hit, i) => `${i + 1}. ${caseTitle(hit.case)}，来源：${hit.case.source}`),
  };
}

/** The edited draft as a DOCX in court layout (仿宋 body, 黑体 headings, page numbers). */
export async function renderSearchReport(draft: SearchReportDraft): Promise<Buffer> {
  const doc = new CourtDocx({ pageNumbers: 'ofTotal', title: draft.title, creator: 'JudgeDesk' });
  doc.courtName(draft.court).title(draft.title);
  if (draft.caseNumber) doc.caseNumber(draft.caseNumber);
  for (const line of [draft.subject, draft.time, draft.platform, draft.method]) doc.paragraph(line);
  doc.heading('一、检索结果');
  doc.paragraph(draft.results);
  doc.heading('二、类案裁判要点');
  for (const point of draft.points) {
    doc.paragraph(point.title, { bold: true, indent: false });
    for (const line of point.text.split('\n')) doc.paragraph(line);
  }
  doc.heading('三、结论');
  doc.paragraph(draft.conclusion);
  doc.heading('附：类案来源');
  for (const source of draft.sources) doc.paragraph(source, { indent: false });
  return doc.toBuffer();
}
