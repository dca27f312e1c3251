// 案件信息回填: reads 起诉状/起诉书 and identity documents and proposes case-form values, each with
// the span it was read from. Rules only (the NER model is not in the build yet); the rules and
// their version are the model identity in the audit trail.
import { createHash } from 'node:crypto';
import type { BackfillProposals, PartyProposal } from '../../../shared/contract/channels/backfill';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { chineseToInt } from '../../../shared/domain/chinese-numerals';
import { residentIdProblem } from '../../../shared/domain/resident-id';
import { claimsFromComplaint } from './claims';
import { identityCardsIn } from './identity-card';
import type { IdentityCard } from './identity-card';
import { partiesFromComplaint } from './party-lines';
import { appointmentsIn } from './power-of-attorney';
import type { Appointment } from './power-of-attorney';
import type { BackfillDocument } from './source-span';
import { proposed } from './source-span';

export const backfillRules = {
  method: 'complaint-paragraph-rules+identifiers',
  version: '1',
  complaintCategories: ['起诉状'],
  identityCategories: ['身份证明'],
  attorneyCategories: ['授权委托书'],
  /** An uncatalogued (pasted) text is read as a complaint when it says what it is. */
  complaintWords: ['起诉状', '起诉书', '诉讼请求'],
} as const;

export const backfillModel = {
  modelId: 'backfill-rules',
  modelVersion: backfillRules.version,
  modelSha256: createHash('sha256').update(canonicalJson(backfillRules)).digest('hex'),
} as const;

function isComplaint(doc: BackfillDocument): boolean {
  if (doc.category) return (backfillRules.complaintCategories as readonly string[]).includes(doc.category);
  return backfillRules.complaintWords.some((w) => doc.text.includes(w));
}

function isIdentity(doc: BackfillDocument): boolean {
  if (doc.category) return (backfillRules.identityCategories as readonly string[]).includes(doc.category);
  return /公民身份号码/.test(doc.text) && /姓[ \t\u3000]*名/.test(doc.text);
}

/** A valid 公民身份号码 carries the birth date (digits 7–14) and the sex (17th digit, odd = 男). */
function completeFromId(doc: BackfillDocument | undefined, party: PartyProposal): PartyProposal {
  const id = party.idNumber;
  if (!doc || !id || party.kind.value !== 'person' || residentIdProblem(id.value) !== null) return party;
  const { start, end } = id.source;
  const birth = `${id.value.slice(6, 10)}-${id.value.slice(10, 12)}-${id.value.slice(12, 14)}`;
  return {
    ...party,
    birthDate: party.birthDate ?? proposed(doc, birth, start, end),
    gender: party.gender ?? proposed(doc, Number(id.value[16]) % 2 === 1 ? ('男' as const) : ('女' as const), start, end),
  };
}

/** Fills what the complaint left out from the party's identity card; a checked ID number wins over one with a problem. */
function withCard(party: PartyProposal, card: IdentityCard): PartyProposal {
  const idNumber =
    !party.idNumber || (party.idNumber.problem && card.idNumber && !card.idNumber.problem)
      ? (card.idNumber ?? party.idNumber)
      : party.idNumber;
  return {
    ...party,
    gender: party.gender ?? card.gender,
    birthDate: party.birthDate ?? card.birthDate,
    address: party.address ?? card.address,
    idNumber,
  };
}

// 2024年3月1日, and the sign-off's 二〇二四年四月八日.
const cn = '〇零一二三四五六七八九十';
const datePattern = new RegExp(`([0-9]{4}|[${cn}]{4})\\s*年\\s*([0-9]{1,2}|[${cn}]{1,3})\\s*月\\s*([0-9]{1,2}|[${cn}]{1,3})\\s*日`, 'g');
const yearDigits = (y: string) => [...y].map((c) => (/[0-9]/.test(c) ? c : String(Math.max(0, cn.indexOf(c) - 1)))).join('');
const small = (n: string) => (/^[0-9]+$/.test(n) ? Number(n) : (chineseToInt(n) ?? 0));
const iso = (m: RegExpMatchArray) =>
  `${yearDigits(m[1]!)}-${String(small(m[2]!)).padStart(2, '0')}-${String(small(m[3]!)).padStart(2, '0')}`;

function datesIn(doc: BackfillDocument): BackfillProposals['dates'] {
  const out: BackfillProposals['dates'] = [];
  // 落款: the last date after 此致 / 具状人, which is the day the complaint was signed.
  const signOff = Math.max(doc.text.lastIndexOf('此致'), doc.text.lastIndexOf('具状人'), doc.text.lastIndexOf('起诉人'));
  if (signOff >= 0) {
    const dates = [...doc.text.slice(signOff).matchAll(datePattern)];
    const last = dates.at(-1);
    if (last)
      out.push({ field: 'complaintDate', value: proposed(doc, iso(last), signOff + last.index, signOff + last.index + last[0].length) });
  }
  const filed = [...doc.text.matchAll(datePattern)].find((m) => /^\s*(?:立案|受理)/.test(doc.text.slice(m.index + m[0].length)));
  if (filed) out.push({ field: 'filedOn', value: proposed(doc, iso(filed), filed.index, filed.index + filed[0].length) });
  return out;
}

export function extractProposals(documents: readonly BackfillDocument[]): BackfillProposals {
  const read: BackfillProposals['read'] = [];
  let parties: PartyProposal[] = [];
  const claims: BackfillProposals['claims'] = [];
  const dates: BackfillProposals['dates'] = [];
  const cards: IdentityCard[] = [];
  const appointments: Appointment[] = [];
  const byId = new Map(documents.map((d) => [d.id, d]));

  for (const doc of documents) {
    if (isComplaint(doc)) {
      const found = partiesFromComplaint(doc);
      const asked = claimsFromComplaint(doc);
      // Several complaints (an amended one) name the same people: the first mention stays.
      parties = [...parties, ...found.filter((p) => !parties.some((q) => q.name.value === p.name.value))];
      claims.push(...asked);
      for (const d of datesIn(doc)) if (!dates.some((x) => x.field === d.field)) dates.push(d);
      read.push({
        documentId: doc.id,
        fileName: doc.fileName,
        used: true,
        reason: `作为起诉状读取：当事人${found.length}名，诉讼请求${asked.length}项`,
      });
    } else if (isIdentity(doc)) {
      const found = identityCardsIn(doc);
      cards.push(...found);
      read.push({
        documentId: doc.id,
        fileName: doc.fileName,
        used: found.length > 0,
        reason: found.length ? `作为身份证明读取：${found.map((c) => c.name.value).join('、')}` : '身份证明中未找到姓名',
      });
    } else if (doc.category && (backfillRules.attorneyCategories as readonly string[]).includes(doc.category)) {
      const found = appointmentsIn(doc);
      appointments.push(...found);
      read.push({
        documentId: doc.id,
        fileName: doc.fileName,
        used: found.length > 0,
        reason: found.length
          ? `作为授权委托书读取：${found.map((a) => `${a.principal}委托${a.agent.value.split(/[，,]/)[0]}`).join('、')}`
          : '授权委托书中未找到委托人和受托人',
      });
    } else {
      read.push({ documentId: doc.id, fileName: doc.fileName, used: false, reason: `类别「${doc.category ?? '未分类'}」不用于回填` });
    }
  }

  parties = parties.map((p) => {
    const card = cards.find((c) => c.name.value === p.name.value);
    const withId = card ? withCard(p, card) : p;
    const appointed = appointments.find((a) => a.principal === p.name.value);
    const merged = withId.agent || !appointed ? withId : { ...withId, agent: appointed.agent };
    return completeFromId(byId.get(merged.idNumber?.source.documentId ?? ''), merged);
  });
  return { parties, claims, dates, read };
}
