// 诉讼请求 as a 起诉状 lists them: the section after 诉讼请求：up to 事实与理由, one claim per numbered
// item (1. / 一、 / （1）), the claim's amount being the first sum in 元 it names.
import type { ClaimProposal } from '../../../shared/contract/channels/backfill';
import { amountsIn } from './amounts';
import type { BackfillDocument } from './source-span';
import { proposed } from './source-span';

// A heading (诉讼请求： or 诉讼请求 on its own line), not the words in a sentence (原告的诉讼请求缺乏依据).
const sectionStart = /诉讼请求[ \t\u3000]*(?:[:：]|\n)/;
const sectionEnd = /事实(?:与|和|及)理由|事实[、和]理由|此致|具状人/;
const itemMark =
  /(?:^|\n|[；;。])[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[（(]\d{1,2}[）)])[ \t\u3000]*[、.．,，)）:：]?[ \t\u3000]*(?=[^\d\s])/g;

export function claimsFromComplaint(doc: BackfillDocument): ClaimProposal[] {
  const { text } = doc;
  const head = sectionStart.exec(text);
  if (!head) return [];
  const from = head.index + head[0].length;
  const tail = sectionEnd.exec(text.slice(from));
  const to = tail ? from + tail.index : text.length;
  const marks = [...text.slice(from, to).matchAll(itemMark)].map((m) => ({
    start: from + m.index,
    textStart: from + m.index + m[0].length,
  }));
  const pieces =
    marks.length > 0 ? marks.map((m, i) => ({ start: m.textStart, end: marks[i + 1]?.start ?? to })) : [{ start: from, end: to }];
  return pieces.flatMap(({ start, end }): ClaimProposal[] => {
    const raw = text.slice(start, end);
    const trimmed = raw.replace(/[\s；;。，,]+$/u, '');
    const lead = trimmed.length - trimmed.trimStart().length;
    const claim = trimmed.trim();
    if (claim.length < 4) return [];
    const claimStart = start + lead;
    const amount = amountsIn(claim)[0];
    return [
      {
        text: proposed(doc, claim, claimStart, claimStart + claim.length),
        amount: amount ? proposed(doc, amount.yuan, claimStart + amount.start, claimStart + amount.end) : null,
      },
    ];
  });
}
