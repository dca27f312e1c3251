/**
 * Charge names follow different conventions across data sets: the official list says 盗窃罪, CAIL
 * labels say 盗窃 or put alternatives in brackets ([走私、贩卖、运输、制造]毒品), segmented texts
 * have spaces. The key drops all of that, so one charge has one key whatever the source.
 */
export function chargeKey(name: string): string {
  const bare = name.replace(/[\s[\]【】]/g, '');
  return bare.endsWith('罪') ? bare.slice(0, -1) : bare;
}

/** The official form of a name: its key with 罪. */
export function officialChargeName(name: string): string {
  return `${chargeKey(name)}罪`;
}

/** Whether two names denote the same charge. */
export function sameCharge(a: string, b: string): boolean {
  return chargeKey(a) === chargeKey(b);
}

/** Word-segmented text (定义 of the charge explanations) joined back: spaces between Han characters removed. */
export function joinSegmented(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, '')
    .replace(/(?<=[^\x00-\x7f]) (?=[\x00-\x7f])|(?<=[\x00-\x7f]) (?=[^\x00-\x7f])/g, '')
    .trim();
}
