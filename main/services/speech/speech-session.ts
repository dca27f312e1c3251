import type { SpeechEvent, StreamingRecognizer } from './speech-plugin';

/**
 * Feeds audio chunks to a recogniser and turns what it hears into editor events: the running
 * partial text, and at each pause the final text of the utterance. Final text goes into the
 * current turn as an ordinary op (see speechTextForTurn), so it is journaled like typing.
 */
export class SpeechSession {
  constructor(private readonly recognizer: StreamingRecognizer) {}

  feed(samples: Float32Array, sampleRate: number): SpeechEvent[] {
    this.recognizer.acceptWaveform(samples, sampleRate);
    if (this.recognizer.isEndpoint()) {
      const text = this.recognizer.finish().trim();
      return text ? [{ kind: 'final', text }] : [];
    }
    const partial = this.recognizer.partial().trim();
    return partial ? [{ kind: 'partial', text: partial }] : [];
  }

  /** The end of dictation: whatever was still partial becomes final. */
  stop(): SpeechEvent[] {
    const text = this.recognizer.finish().trim();
    return text ? [{ kind: 'final', text }] : [];
  }
}

/** The turn's text with a final utterance appended (a Chinese full stop if it had none). */
export function speechTextForTurn(turnText: string, utterance: string): string {
  const sentence = /[。？！；：，、]$/u.test(utterance) ? utterance : `${utterance}。`;
  return turnText + sentence;
}
