import type { CaseInputDraft } from '../../../../../shared/contract/channels/cases';
import { importStatutes } from '../../../../../main/services/laws';
import type { Db } from '../../../../../main/store/database';
import type { TempServices } from '../../../../helpers/temp-services';
import { actorFor } from '../../../../helpers/temp-services';
import { subsetFolder } from '../laws/statute-data';

export const judge = actorFor('王法官', 'judge');

export const loanCase: CaseInputDraft = {
  caseNumber: '(2026)京0108民初123号',
  causeOfAction: '民间借贷纠纷',
  procedure: 'civil-ordinary',
  court: '北京市海淀区人民法院',
  filedOn: '2026-03-02',
  hearingOn: '2026-05-10',
  panel: { presidingJudge: '王五', judges: ['赵六'], assessors: ['孙七'], clerk: '吴九' },
  parties: [
    { role: '原告', name: '张三', kind: 'person', address: '北京市海淀区中关村大街1号', agent: '李律师' },
    { role: '被告', name: '李四', kind: 'person', address: '北京市朝阳区建国路2号' },
  ],
  claims: [
    { text: '判令被告偿还借款本金100000元', amount: 100000 },
    { text: '判令被告承担本案诉讼费用', amount: null },
  ],
};

export const theftCase: CaseInputDraft = {
  caseNumber: '(2026)京0108刑初45号',
  causeOfAction: '盗窃罪',
  procedure: 'criminal-ordinary',
  court: '北京市海淀区人民法院',
  filedOn: '2026-04-01',
  panel: { presidingJudge: '王五', judges: [], assessors: ['孙七', '钱八'], clerk: '吴九' },
  parties: [
    { role: '公诉机关', name: '北京市海淀区人民检察院', kind: 'legal_person' },
    { role: '被告人', name: '周某', kind: 'person', agent: '郑律师' },
  ],
};

/** Files the case through the cases.create channel, as the case screen does; answers its id. */
export async function addCase(t: TempServices, input: CaseInputDraft): Promise<string> {
  return (await t.value<{ id: string }>('cases.create', input)).id;
}

/** 民法典, 合同法 and 民事诉讼法 from the team data folder, imported into `knowledge`. */
export function importStatuteSubset(knowledge: Db, dir: string): void {
  const folder = subsetFolder(dir, (row) => ['民法典', '合同法', '民事诉讼法'].includes(row.name) || row.name.startsWith('民法典 '));
  importStatutes(knowledge, folder);
}
