/**
 * BIO decoding of the tagger's per-character log-probabilities, mirrored in
 * models/training/ner/decode.py: Viterbi over the tags where I-X may only follow B-X or I-X (and
 * may not open a text), so every decoded span is well formed.
 */
export interface TagSpan {
  /** Code-point positions within the piece, end exclusive. */
  start: number;
  end: number;
  type: string;
  /** Lowest probability of any tag inside the span. */
  confidence: number;
}

function mayFollow(previous: string, next: string): boolean {
  return !next.startsWith('I-') || previous.slice(2) === next.slice(2);
}

/** logProbs: length × tags.length, row-major. */
export function viterbi(logProbs: Float32Array, length: number, tags: string[]): number[] {
  const k = tags.length;
  if (length === 0) return [];
  let score = tags.map((tag, j) => (tag.startsWith('I-') ? -1e9 : 0) + (logProbs[j] ?? 0));
  const back: number[][] = [];
  for (let t = 1; t < length; t += 1) {
    const next: number[] = [];
    const from: number[] = [];
    for (let j = 0; j < k; j += 1) {
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < k; i += 1) {
        // Same order and tie-break as numpy argmax (first maximum), so both languages agree.
        const candidate = (score[i] ?? 0) + (mayFollow(tags[i] ?? 'O', tags[j] ?? 'O') ? 0 : -1e9);
        if (candidate > best) {
          best = candidate;
          arg = i;
        }
      }
      next.push(best + (logProbs[t * k + j] ?? 0));
      from.push(arg);
    }
    score = next;
    back.push(from);
  }
  let last = 0;
  score.forEach((value, j) => {
    if (value > (score[last] ?? -Infinity)) last = j;
  });
  const path = [last];
  for (let t = length - 1; t > 0; t -= 1) path.push(back[t - 1]?.[path[path.length - 1] ?? 0] ?? 0);
  return path.reverse();
}

export function tagSpans(path: number[], tags: string[], logProbs: Float32Array): TagSpan[] {
  const k = tags.length;
  const out: TagSpan[] = [];
  let current: TagSpan | undefined;
  path.forEach((tagIndex, t) => {
    const tag = tags[tagIndex] ?? 'O';
    const probability = Math.exp(logProbs[t * k + tagIndex] ?? 0);
    if (current && tag.startsWith('I-') && tag.slice(2) === current.type) {
      current.end = t + 1;
      current.confidence = Math.min(current.confidence, probability);
      return;
    }
    if (current) out.push(current);
    current = tag.startsWith('B-') ? { start: t, end: t + 1, type: tag.slice(2), confidence: probability } : undefined;
  });
  if (current) out.push(current);
  return out;
}
