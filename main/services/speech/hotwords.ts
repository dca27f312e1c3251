import type { TranscriptHeader } from '../../../shared/contract/channels/transcripts';

/** Legal terms a hearing keeps saying that a general model mishears. */
const courtTerms = [
  '审判长',
  '审判员',
  '人民陪审员',
  '书记员',
  '原告',
  '被告',
  '第三人',
  '被告人',
  '公诉人',
  '辩护人',
  '委托诉讼代理人',
  '质证',
  '举证',
  '回避',
  '诉讼请求',
  '答辩',
  '反诉',
  '调解',
  '争议焦点',
];

/**
 * The case's hot words: party and panel names, court, place and 案由 from the transcript header,
 * the 争议焦点, then the standard terms. De-duplicated, in that order, at most 200.
 */
export function caseHotwords(header: TranscriptHeader, focuses: readonly string[] = []): string[] {
  const people = [...header.panel, ...header.attendees].map((p) => p.name.trim());
  const words = [
    ...people,
    header.clerk.trim(),
    header.court.trim(),
    header.place.trim(),
    header.causeOfAction.trim(),
    ...focuses.map((f) => f.trim()),
    ...courtTerms,
  ];
  return [...new Set(words.filter((w) => w.length >= 2 && w.length <= 30))].slice(0, 200);
}

/**
 * sherpa-onnx's hotwords file for a Chinese (cjkchar) model: one phrase a line, characters
 * separated by spaces, with a boost score.
 */
export function sherpaHotwordsFile(words: readonly string[], score = 2.0): string {
  return words.map((w) => `${[...w.replace(/\s+/g, '')].join(' ')} :${score.toFixed(1)}`).join('\n') + '\n';
}
