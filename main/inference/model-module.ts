/**
 * What a model is to the inference host: a small module that says which files of models/<id>/ it
 * needs, how to turn its inputs into tensors for `model.onnx`, and how to read the outputs back.
 *
 * How a new model plugs in (one file, one line):
 *  1. Write main/inference/<model-id>.ts exporting `defineModel({ id, jsonFiles, prepare, run })`
 *     and, optionally, `check` and `exampleInput` (see legal-encoder.ts for a short one).
 *     `run` receives an `OnnxSession` (plain typed arrays in and out — the module never imports
 *     onnxruntime, so the same file is safe to import on the main thread for its types) and the
 *     parsed JSON files; it returns one output per input, in order. Keep it pure: no fs, no ort.
 *  2. Add it to `modelModules` in main/inference/model-modules.ts.
 *  3. Optionally add a typed wrapper method on InferenceHost (like `predictCriminal`, `embed`);
 *     otherwise callers use `host.run('<model-id>', inputs, { feature })`.
 *  4. Train it into models/<model-id>/ (model.onnx + the JSON files, all listed with sha256 in
 *     card.json); `npm run bench inference` then measures it with the others.
 * The host does the rest: the AI switch check before anything loads, the sha256 check of
 * model.onnx and every JSON file against card.json, one lazy session per model in the worker,
 * batching, dropping the session when its features are switched off, and the 仅供参考 envelope.
 */

/** A feed for the session: int64 or float32 data in row-major order. */
export type FeedTensor =
  { type: 'int64'; data: BigInt64Array; dims: readonly number[] } | { type: 'float32'; data: Float32Array; dims: readonly number[] };

export interface OutputTensor {
  data: Float32Array;
  dims: readonly number[];
}

/** The onnxruntime session as a model module sees it (the worker adapts the real one). */
export interface OnnxSession {
  run(feeds: Record<string, FeedTensor>): Promise<Record<string, OutputTensor>>;
}

export interface RunOptions {
  /** Ask for input attributions (e.g. leave-one-out clauses) where the model offers them. */
  explain: boolean;
}

export interface ModelModule<Input, Output, Assets> {
  /** The folder name under models/ and card.json's `id`. */
  id: string;
  /** JSON files of the model folder (besides model.onnx) read, sha256-checked and passed to prepare. */
  jsonFiles: readonly string[];
  prepare(json: Record<string, unknown>): Assets;
  /** Checked on the calling thread before anything is sent: a Chinese message for bad input, else null. */
  check?(input: Input): string | null;
  /**
   * This model's input built from a plain case text: the bench (test/bench/inference.bench.ts)
   * feeds real texts through it. Without it the bench sends `{ text }`.
   */
  exampleInput?(text: string): Input;
  run(session: OnnxSession, assets: Assets, inputs: Input[], options: RunOptions): Promise<Output[]>;
}

// `any` keeps every concrete module assignable (Input/Output appear in both argument and result positions).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModelModule = ModelModule<any, any, any>;

export function defineModel<Input, Output, Assets>(module: ModelModule<Input, Output, Assets>): ModelModule<Input, Output, Assets> {
  return module;
}

/** The output slice of row `row` of a [batch, width] output tensor. */
export function outputRow(outputs: Record<string, OutputTensor>, name: string, row: number): Float32Array {
  const tensor = outputs[name];
  if (!tensor) throw new Error(`模型缺少输出 ${name}`);
  const width = tensor.dims[1] ?? 0;
  return tensor.data.slice(row * width, (row + 1) * width);
}
