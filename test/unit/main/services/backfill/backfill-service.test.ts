// BackfillService over a real workspace: the demo case's dossier, or texts the clerk pastes.
import { describe, expect, it } from 'vitest';
import { backfillModel } from '../../../../../main/services/backfill';
import { useDemoLoanWorkspace } from '../../../../helpers/demo-dossier';

describe('BackfillService', () => {
  const demo = useDemoLoanWorkspace();

  it('reads the case dossier and returns only the texts it used, with the rules as the model', () => {
    const r = demo.ws.services.backfill.propose({ caseId: demo.caseId });
    expect(r.caseId).toBe(demo.caseId);
    expect(r.proposals.parties.map((p) => p.name.value)).toEqual(expect.arrayContaining(['周晓岚', '吴建平']));
    const used = r.proposals.read.filter((x) => x.used).map((x) => x.documentId);
    expect(r.texts.map((t) => t.documentId).sort()).toEqual([...used].sort());
    expect(r.texts.some((t) => t.fileName === '06-借条.txt')).toBe(false);
    expect(r.ai).toMatchObject({ ...backfillModel, confidence: 0.9 });
    expect(r.ai.summary).toMatch(/^案件信息回填：当事人\d+名（周晓岚、吴建平.*），诉讼请求\d+项$/);
  });

  it('reads pasted texts without a case, and says so when nothing can be read', () => {
    const pasted = demo.ws.services.backfill.propose({
      documents: [
        {
          id: 'p1',
          fileName: '粘贴的起诉状',
          category: null,
          text: '民事起诉状\n原告：张三，男，1980年1月1日出生。\n被告：李四。\n诉讼请求：\n1.判令被告偿还借款10000元。',
        },
      ],
    });
    expect(pasted.caseId).toBeNull();
    expect(pasted.proposals.parties.map((p) => p.name.value)).toEqual(['张三', '李四']);
    expect(pasted.texts.map((t) => t.documentId)).toEqual(['p1']);
    expect(demo.ws.services.backfill.propose({ documents: [] })).toMatchObject({
      caseId: null,
      texts: [],
      ai: { confidence: 0, summary: '案件信息回填：未从文书中读出当事人或诉讼请求' },
    });
  });
});
