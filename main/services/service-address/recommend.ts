// 送达地址推荐: every address and phone number in the dossier, with the document, its date and the
// party named beside it, ranked as a clerk would try them — the address a party confirmed for
// service (送达地址确认书, 民诉法解释 and 送达若干规定) first, then one agreed in a contract, then the
// identity document, then pleadings; within a kind, the newer document first.
import type { AddressSourceKind, ContactCandidate } from '../../../shared/contract/channels/service-address';
import { addressSourceKinds, addressSourceLabels } from '../../../shared/contract/channels/service-address';
import { findIdentifiers } from '../../../shared/domain/identifiers';

export interface AddressDocument {
  id: string;
  fileName: string;
  category: string | null;
  text: string;
  importedAt: string;
}

export const serviceAddressRulesVersion = '1';

const addressPattern =
  /(送达地址|联系地址|通讯地址|现住址|住址|住所地|住所|地址|现住|住)[ \t\u3000]*[:：]?[ \t\u3000]*([^，,。；;\n]{4,100})/g;
/** An address names a place: a province, city, district, road, number … */
const placeWord = /[省市区县镇乡村路街道巷弄号室栋楼]/;
const datePattern = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

function sourceKind(doc: AddressDocument): AddressSourceKind {
  if (doc.category === '送达地址确认书' || /送达地址确认书/.test(doc.text.slice(0, 60))) return 'confirmation';
  if (doc.category === '身份证明') return 'identity';
  if (doc.category === '证据材料' && /合同|协议/.test(doc.text.slice(0, 200))) return 'contract';
  if (doc.category === '起诉状' || doc.category === '答辩状' || doc.category === '授权委托书') return 'pleading';
  return 'other';
}

/** The document's own date: the last one it writes (a signature date), except on an ID card whose dates are a birth date and a validity period. */
function documentDate(doc: AddressDocument, kind: AddressSourceKind): { date: string; from: 'document' | 'import' } {
  const last = kind === 'identity' ? undefined : [...doc.text.matchAll(datePattern)].at(-1);
  if (last) return { date: `${last[1]}-${last[2]!.padStart(2, '0')}-${last[3]!.padStart(2, '0')}`, from: 'document' };
  return { date: doc.importedAt.slice(0, 10), from: 'import' };
}

/**
 * The case party named nearest before `at` on the same line; on a form about one person (an ID
 * card, a 送达地址确认书 with its 受送达人 line above) anywhere before it.
 */
function partyNear(doc: AddressDocument, at: number, parties: readonly string[], kind: AddressSourceKind): string | null {
  const wholeForm = kind === 'identity' || kind === 'confirmation';
  const lineStart = doc.text.lastIndexOf('\n', at) + 1;
  const before = kind === 'identity' ? doc.text : doc.text.slice(wholeForm ? 0 : lineStart, at);
  let best: { name: string; at: number } | null = null;
  for (const name of parties) {
    const i = before.lastIndexOf(name);
    if (i >= 0 && (!best || i > best.at)) best = { name, at: i };
  }
  return best?.name ?? null;
}

const snippetOf = (text: string, start: number, end: number) =>
  text.slice(Math.max(0, start - 20), Math.min(text.length, end + 10)).replace(/\s+/g, ' ');

export function recommendAddresses(documents: readonly AddressDocument[], parties: readonly string[]): ContactCandidate[] {
  const found: Omit<ContactCandidate, 'rank' | 'reason'>[] = [];
  for (const doc of documents) {
    const kind = sourceKind(doc);
    const { date, from } = documentDate(doc, kind);
    const base = { documentId: doc.id, fileName: doc.fileName, category: doc.category ?? '未分类', sourceKind: kind, date, dateFrom: from };
    for (const m of doc.text.matchAll(addressPattern)) {
      const value = m[2]!.trim();
      if (!placeWord.test(value)) continue;
      const start = m.index + m[0].indexOf(m[2]!);
      found.push({
        ...base,
        kind: 'address',
        value,
        party: partyNear(doc, m.index, parties, kind),
        start,
        end: start + value.length,
        snippet: snippetOf(doc.text, start, start + value.length),
      });
    }
    for (const id of findIdentifiers(doc.text)) {
      if ((id.type !== 'mobile' && id.type !== 'landline') || id.masked) continue;
      const value = doc.text.slice(id.start, id.end);
      found.push({
        ...base,
        kind: 'phone',
        value,
        party: partyNear(doc, id.start, parties, kind),
        start: id.start,
        end: id.end,
        snippet: snippetOf(doc.text, id.start, id.end),
      });
    }
  }
  const order = (k: AddressSourceKind) => addressSourceKinds.indexOf(k);
  const ranked = found.sort((a, b) => order(a.sourceKind) - order(b.sourceKind) || b.date.localeCompare(a.date) || a.start - b.start);
  // The same value for the same party again in a lower-ranked place adds nothing to try.
  const seen = new Set<string>();
  const unique = ranked.filter((c) => {
    const key = `${c.kind}|${c.party ?? ''}|${c.value.replace(/\s+/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.map((c, i) => ({
    ...c,
    rank: i + 1,
    reason: `来源：${addressSourceLabels[c.sourceKind]}（第${order(c.sourceKind) + 1}优先）；${c.dateFrom === 'document' ? '文书日期' : '导入日期'} ${c.date}${c.party ? `；文中与「${c.party}」相邻` : '；未能确定属于哪位当事人'}`,
  }));
}
