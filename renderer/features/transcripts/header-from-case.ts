import type { Case } from '../../../shared/contract/channels/cases';
import type { TranscriptTemplateInfo } from '../../../shared/contract/channels/transcripts';

export interface PersonRow {
  role: string;
  name: string;
}

export interface HeaderFields {
  court: string;
  caseNumber: string;
  causeOfAction: string;
  panel: PersonRow[];
  clerk: string;
  attendees: PersonRow[];
}

// 公诉机关 is the procuratorate itself; in court it is represented by the 公诉人 the template lists.
const notInRoom = new Set(['公诉机关']);

/**
 * The start dialog's header from the case record (案件): court, 案号, 案由, 审判组织 from the
 * panel, 书记员, and one 到庭人员 row per party and per party's agent. The template's own rows
 * (e.g. 公诉人, 辩护人) stay, empty, after them, so the clerk only fills in who is really present;
 * rows left without a name are dropped when the transcript is created.
 */
export function headerFromCase(record: Case, template: TranscriptTemplateInfo): HeaderFields {
  const sole = template.panelRoles.length === 1 ? template.panelRoles[0]! : null;
  const panel: PersonRow[] = sole
    ? [{ role: sole, name: record.panel.presidingJudge || record.panel.judges[0] || '' }]
    : [
        { role: '审判长', name: record.panel.presidingJudge },
        ...record.panel.judges.map((name) => ({ role: '审判员', name })),
        ...record.panel.assessors.map((name) => ({ role: '人民陪审员', name })),
      ];
  const parties = record.parties.filter((p) => !notInRoom.has(p.role));
  const attendees: PersonRow[] = parties.flatMap((p) => [
    { role: p.role, name: p.name },
    ...(p.agent.trim() ? [{ role: `${p.role}委托诉讼代理人`, name: p.agent.trim() }] : []),
  ]);
  const covered = new Set(attendees.map((a) => a.role));
  for (const role of template.attendeeRoles) if (!covered.has(role)) attendees.push({ role, name: '' });
  return {
    court: record.court,
    caseNumber: record.caseNumber,
    causeOfAction: record.causeOfAction,
    panel: panel.filter((p, i) => p.name || i === 0),
    clerk: record.panel.clerk,
    attendees,
  };
}
