/**
 * The part of a civil judgment a model may read as "the facts": what the parties said and what
 * was found, without the court's reasoning or decision (本院认为 … 判决如下 …), which would give
 * the answer away. Sentences that state the court's view anywhere are dropped too.
 */
const reasoningStart = /本院认为|判决如下|综上所述[，,]?(?:依照|根据)/u;
const courtView = /本院(?:予以|不予|依法|认为|确认|认定|支持|采信)|予以支持|不予支持|判决|准予|不准|驳回/u;

export function civilFacts(text: string): string {
  const end = text.search(reasoningStart);
  const head = end >= 0 ? text.slice(0, end) : text;
  return head
    .split(/(?<=[。；;！？])/u)
    .filter((s) => !courtView.test(s))
    .join('');
}
