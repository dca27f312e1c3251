/**
 * 语音输入 plug-in. No Chinese speech model can be obtained on the build machines, so JudgeDesk
 * ships the interface and the court supplies the model: a sherpa-onnx streaming transducer
 * directory (tokens.txt, encoder/decoder/joiner .onnx) set in 设置. Without one the editor shows
 * 未安装语音模型 and nothing pretends to recognise speech.
 */

/** A streaming recogniser: audio in, text out as it firms up. */
export interface StreamingRecognizer {
  /** 16 kHz mono samples in [-1, 1]. */
  acceptWaveform(samples: Float32Array, sampleRate: number): void;
  /** Text of the utterance so far (may still change). */
  partial(): string;
  /** True at the end of an utterance (a pause): its text is final and the stream starts over. */
  isEndpoint(): boolean;
  /** Ends the utterance and returns its final text. */
  finish(): string;
}

export interface RecognizerOptions {
  modelDir: string;
  /** Case words to favour: party names, places, legal terms. */
  hotwords: readonly string[];
}

/** Makes recognisers for one model directory (the engine behind it is the plug-in). */
export interface SpeechEngine {
  readonly name: string;
  create(options: RecognizerOptions): Promise<StreamingRecognizer>;
}

/** What the recogniser produced for one chunk of audio, for the editor. */
export type SpeechEvent = { kind: 'partial'; text: string } | { kind: 'final'; text: string };
