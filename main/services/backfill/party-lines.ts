// Parties as a 起诉状 / 起诉书 writes them: one paragraph per party opened by its 诉讼地位
// (原告：张某，男，1980年5月6日出生，汉族，住…), each 委托诉讼代理人 paragraph belonging to the party above.
import type { PartyKind, PartyRole } from '../../../shared/contract/channels/cases';
import { findIdentifiers } from '../../../shared/domain/identifiers';
import type { PartyProposal } from '../../../shared/contract/channels/backfill';
import type { BackfillDocument } from './source-span';
import { proposed } from './source-span';

const roleWords: readonly PartyRole[] = [
  '再审申请人',
  '被上诉人',
  '上诉人',
  '被申请人',
  '申请人',
  '第三人',
  '被告人',
  '自诉人',
  '原告',
  '被告',
];
// A complaint gives each party its own line; a judgment runs them on in one paragraph
// (原告：王某，女，…。被告：路某，…), so a head may also follow 。；，.
const partyHead = new RegExp(
  `(?:^|[\\n。；;，,])[ \\t\u3000]*(${roleWords.join('|')})(?:[一二三四五六七八九十0-9]*)(?:[（(][^）)\\n]{1,12}[）)])?[ \\t\u3000]*[:：][ \\t\u3000]*`,
  'g',
);
const agentHead =
  /(?:^|[\n。；;])[ \t\u3000]*(?:委托诉讼代理人|委托代理人|诉讼代理人|法定代理人|指定代理人)[ \t\u3000]*[:：][ \t\u3000]*([^\n。]*)/g;
/** Where an inline party paragraph stops: the next 代理人 / 法定代表人 paragraph. */
const blockStop = /[。；;][ \t\u3000]*(?:委托诉讼代理人|委托代理人|诉讼代理人|法定代理人|指定代理人|法定代表人|负责人)[ \t\u3000]*[:：]/;
const nameStop = /[，,。；;\s（(]/;

const legalPersonEnd = /(公司|银行|集团|厂|医院|学校|大学)$/;
// A branch (分公司, 支行) sues in its own name but is not a 法人 (民诉法解释 第五十二条): 非法人组织.
const organizationEnd = /(委员会|事务所|合作社|中心|协会|商行|经营部|门市部|分公司|支行|分行|分理处)$/;

export function kindOfName(name: string): PartyKind {
  if (organizationEnd.test(name)) return 'organization';
  if (legalPersonEnd.test(name)) return 'legal_person';
  return 'person';
}

interface Block {
  role: PartyRole;
  roleStart: number;
  start: number;
  end: number;
}

function partyBlocks(text: string): Block[] {
  const heads = [...text.matchAll(partyHead)].map((m) => ({
    role: m[1] as PartyRole,
    roleStart: m.index + m[0].indexOf(m[1]!),
    start: m.index + m[0].length,
  }));
  return heads.map((h, i) => {
    const lineEnd = text.indexOf('\n', h.start);
    const next = heads[i + 1]?.roleStart ?? text.length;
    let end = Math.min(lineEnd < 0 ? text.length : lineEnd, next);
    const stop = blockStop.exec(text.slice(h.start, end));
    if (stop) end = h.start + stop.index + 1;
    return { ...h, end };
  });
}

/** The first match of `re` inside [start, end), with the group's offsets in the whole text. */
function groupIn(text: string, re: RegExp, start: number, end: number, group = 1) {
  const slice = text.slice(start, end);
  const m = re.exec(slice);
  if (!m || m[group] === undefined) return null;
  const at = start + m.index + m[0].indexOf(m[group]);
  return { value: m[group], start: at, end: at + m[group].length, match: m };
}

const pad = (n: string) => n.padStart(2, '0');

export function partiesFromComplaint(doc: BackfillDocument): PartyProposal[] {
  const { text } = doc;
  const blocks = partyBlocks(text);
  const agents = [...text.matchAll(agentHead)];
  return blocks.flatMap((b, i): PartyProposal[] => {
    const nameMatch = text.slice(b.start, b.end).split(nameStop)[0]!.trim();
    if (nameMatch.length < 2 || nameMatch.length > 60) return [];
    const nameStart = text.indexOf(nameMatch, b.start);
    const nameEnd = nameStart + nameMatch.length;
    const ids = findIdentifiers(text.slice(b.start, b.end)).map((s) => ({ ...s, start: s.start + b.start, end: s.end + b.start }));
    const resident = ids.find((s) => s.type === 'residentId' && !s.masked);
    const credit = ids.find((s) => s.type === 'creditCode' && !s.masked);
    const phone = ids.find((s) => (s.type === 'mobile' || s.type === 'landline') && !s.masked);
    const gender = groupIn(text, /(?:^|[，,、\s])(男|女)(?=[，,、。；\s]|$)/, nameEnd, b.end);
    const birth = groupIn(text, /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:出生|生)/, nameEnd, b.end, 0);
    // 现住 (where the party lives now) is where papers reach them; else the first address given.
    const addressPattern = (words: string) =>
      new RegExp(`(?:^|[，,；;\\s）)])(?:${words})[ \\t\u3000]*[:：]?[ \\t\u3000]*([^，,。；;\\n]{2,100})`);
    const address =
      groupIn(text, addressPattern('现住|现居住地|经常居住地'), nameEnd, b.end) ??
      groupIn(text, addressPattern('住所地|住址|住所|户籍地|原租住|原住|住'), nameEnd, b.end);
    const idSpan = resident ?? credit;
    let kind: PartyKind = kindOfName(nameMatch);
    if (resident || gender) kind = 'person';

    // The agent paragraph(s) between this party and the next belong to this party.
    const nextStart = blocks[i + 1]?.roleStart ?? text.length;
    const agent = agents.find((a) => a.index >= b.end - 1 && a.index < nextStart);
    const agentValue = agent
      ? agent[1]!
          .replace(/[。；;]\s*$/, '')
          .trim()
          .slice(0, 100)
      : '';
    const agentStart = agent ? agent.index + agent[0].indexOf(agent[1]!) : 0;

    return [
      {
        role: proposed(doc, b.role, b.roleStart, b.roleStart + b.role.length),
        name: proposed(doc, nameMatch, nameStart, nameEnd),
        kind: proposed(doc, kind, nameStart, nameEnd),
        gender: gender ? proposed(doc, gender.value as '男' | '女', gender.start, gender.end) : null,
        birthDate: birth
          ? proposed(
              doc,
              `${birth.match[1]}-${pad(birth.match[2]!)}-${pad(birth.match[3]!)}`,
              birth.start,
              birth.start + birth.match[0].length,
            )
          : null,
        idNumber: idSpan ? proposed(doc, idSpan.value, idSpan.start, idSpan.end, idSpan.reason) : null,
        address: address ? proposed(doc, address.value.trim(), address.start, address.end) : null,
        // The number as written (028-85551234), which the case form accepts and a clerk recognises.
        phone: phone ? proposed(doc, text.slice(phone.start, phone.end), phone.start, phone.end, phone.reason) : null,
        agent: agentValue ? proposed(doc, agentValue, agentStart, agentStart + agentValue.length) : null,
      },
    ];
  });
}
