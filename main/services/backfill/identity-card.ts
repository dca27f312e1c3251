// 居民身份证 as OCR reads it (姓名 张某 性别 男 民族 汉 出生 1980年5月6日 住址 … 公民身份号码 …).
import { findIdentifiers } from '../../../shared/domain/identifiers';
import type { StringProposal } from '../../../shared/contract/channels/backfill';
import type { BackfillDocument } from './source-span';
import { proposed } from './source-span';

export interface IdentityCard {
  name: StringProposal;
  gender: { value: '男' | '女'; source: StringProposal['source']; problem: string | null } | null;
  birthDate: StringProposal | null;
  address: StringProposal | null;
  idNumber: StringProposal | null;
}

function field(doc: BackfillDocument, re: RegExp) {
  const m = re.exec(doc.text);
  if (!m || !m[1]) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { value: m[1], start, end: start + m[1].length, match: m };
}

export function identityCardsIn(doc: BackfillDocument): IdentityCard[] {
  const name = field(doc, /姓[ \t\u3000]*名[ \t\u3000]*[:：]?[ \t\u3000]*([\u4e00-\u9fa5·]{2,8})/);
  if (!name) return [];
  const gender = field(doc, /性[ \t\u3000]*别[ \t\u3000]*[:：]?[ \t\u3000]*(男|女)/);
  const birth = field(
    doc,
    /出[ \t\u3000]*生[ \t\u3000]*[:：]?[ \t\u3000]*((\d{4})[ \t\u3000]*年[ \t\u3000]*(\d{1,2})[ \t\u3000]*月[ \t\u3000]*(\d{1,2})[ \t\u3000]*日)/,
  );
  const address = field(doc, /住[ \t\u3000]*址[ \t\u3000]*[:：]?[ \t\u3000]*([^\n]{4,100}?)(?=[ \t\u3000]*(?:公民身份|\n|$))/);
  const id = findIdentifiers(doc.text).find((s) => s.type === 'residentId' && !s.masked);
  const pad = (n: string) => n.padStart(2, '0');
  return [
    {
      name: proposed(doc, name.value, name.start, name.end),
      gender: gender ? proposed(doc, gender.value as '男' | '女', gender.start, gender.end) : null,
      birthDate: birth ? proposed(doc, `${birth.match[2]}-${pad(birth.match[3]!)}-${pad(birth.match[4]!)}`, birth.start, birth.end) : null,
      address: address ? proposed(doc, address.value.trim(), address.start, address.end) : null,
      idNumber: id ? proposed(doc, id.value, id.start, id.end, id.reason) : null,
    },
  ];
}
