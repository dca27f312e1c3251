import { join } from 'node:path';
import type { AiFeature, AiSwitches } from '../../shared/contract/ai-features';
import { Refusal } from '../../shared/contract/refusal';
import type { ModelCard } from '../../shared/contract/channels/models';
import type { CriminalInput, CriminalPrediction } from './criminal-judgment';
import type { EncoderInput } from './legal-encoder';
import type { InputOf, ModelId, OutputOf } from './model-modules';
import { modelModules } from './model-modules';
import { checkModel } from './model-registry';
import type { ModelFiles, WorkerLink, WorkerRequest, WorkerResponse } from './worker-protocol';
import { workerThreadLink } from './worker-thread-link';

// Generic host for every model in model-modules.ts (recipe for a new model: model-module.ts).
// `run(modelId, inputs, { feature })` is the one path; predictCriminal/embed are typed wrappers.

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export const criminalJudgmentModelId = 'criminal-judgment';
export const legalEncoderModelId = 'legal-encoder';

/**
 * A model the registry or the worker refused (missing, tampered or malformed files) is the
 * installation's state, not a bug: the user is told which model and that the assistance is
 * unavailable until it is reinstalled.
 */
function modelRefused(message: string): Refusal {
  return new Refusal('NOT_FOUND', `该项AI辅助暂不可用：${message}`);
}

export interface InferenceHostOptions {
  modelsDir: string;
  /** The AI switch of a feature (AiSwitchService.isEnabled); checked before anything is loaded. */
  isEnabled: (feature: AiFeature) => boolean;
  /** AiSwitchService.onChange: sessions of a model are dropped once every feature using it is off. */
  onSwitchChange?: (listener: (switches: AiSwitches) => void) => () => void;
  /** Starts the process that owns onnxruntime; a worker thread unless Electron passes a utilityProcess. */
  startWorker?: () => WorkerLink;
}

export interface PredictOptions {
  /** The feature asking (e.g. lawPush for article push, deviationWarning for the term estimate). */
  feature: AiFeature;
  /** Leave-one-out clause attribution; costs one extra model row per clause. */
  explain?: boolean;
}

/** Which model produced an output: shown and audited with it. */
export interface ModelRef {
  id: string;
  version: string;
  /** sha256 of model.onnx. */
  sha256: string;
}

export interface ModelOutputs<Output> {
  model: ModelRef;
  outputs: Output[];
  notice: '仅供参考';
}

export interface CriminalPredictions {
  model: ModelRef;
  predictions: CriminalPrediction[];
  notice: '仅供参考';
}

/** Stable API for dense retrieval: one unit-length vector per input, in input order. */
export interface Embeddings {
  model: ModelRef;
  dimension: number;
  vectors: Float32Array[];
  notice: '仅供参考';
}

/**
 * Main-thread handle on the inference worker: starts it on first use, sends batches, and keeps
 * the AI switches in front of every model load.
 */
export class InferenceHost {
  private link: WorkerLink | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  /** Model dir → features that loaded it. */
  private readonly users = new Map<string, Set<AiFeature>>();
  private readonly checkedCards = new Map<string, ModelCard>();
  private readonly unsubscribe: (() => void) | undefined;

  constructor(private readonly options: InferenceHostOptions) {
    // An unload still in flight when the host closes is rejected; nothing is left to free then,
    // and an unhandled rejection would take the whole process down.
    this.unsubscribe = options.onSwitchChange?.(() => void this.dropDisabled().catch(() => undefined));
  }

  /** True once the worker exists (it is only started for an enabled feature). */
  get workerStarted(): boolean {
    return this.link !== undefined;
  }

  /** Runs a batch through a model; outputs are in input order. */
  async run<Id extends ModelId>(modelId: Id, inputs: Array<InputOf<Id>>, options: PredictOptions): Promise<ModelOutputs<OutputOf<Id>>> {
    this.gate(options.feature);
    const module = modelModules[modelId];
    inputs.forEach((input, i) => {
      const problem = (module.check as ((input: unknown) => string | null) | undefined)?.(input);
      if (problem) throw new Refusal('VALIDATION', `第 ${i + 1} 条输入：${problem}`);
    });
    const { card, files } = this.files(modelId);
    const outputs = inputs.length
      ? ((await this.request({ type: 'run', model: files, inputs, explain: options.explain ?? true })) as Array<OutputOf<Id>>)
      : [];
    this.used(files.dir, options.feature);
    return { model: { id: card.id, version: card.version, sha256: files.sha256['model.onnx'] ?? '' }, outputs, notice: '仅供参考' };
  }

  /** Creates the model's session now (e.g. when its feature is opened), so the first request is fast. */
  async warm(modelId: ModelId, options: { feature: AiFeature }): Promise<void> {
    this.gate(options.feature);
    const { files } = this.files(modelId);
    await this.request({ type: 'load', model: files });
    this.used(files.dir, options.feature);
  }

  async predictCriminal(inputs: CriminalInput[], options: PredictOptions): Promise<CriminalPredictions> {
    const { model, outputs, notice } = await this.run('criminal-judgment', inputs, options);
    return { model, predictions: outputs, notice };
  }

  /** Legal text encoder: unit-length vectors (cosine = dot product), identity neutralised first. */
  async embed(inputs: EncoderInput[], options: { feature: AiFeature }): Promise<Embeddings> {
    const { model, outputs, notice } = await this.run('legal-encoder', inputs, { feature: options.feature, explain: false });
    return { model, dimension: outputs[0]?.length ?? this.dimensionOf(legalEncoderModelId), vectors: outputs, notice };
  }

  /** Starts the worker and waits for it to answer; creates no session (bench, app start-up). */
  async startWorker(): Promise<void> {
    await this.request({ type: 'loaded' });
  }

  /** Model dirs with a live session in the worker (none when the worker never started). */
  async loadedModels(): Promise<string[]> {
    if (!this.link) return [];
    return (await this.request({ type: 'loaded' })) as string[];
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    const link = this.link;
    this.link = undefined;
    this.checkedCards.clear();
    for (const { reject } of this.pending.values()) reject(new Error('推理进程已关闭'));
    this.pending.clear();
    await link?.terminate();
  }

  private gate(feature: AiFeature): void {
    if (!this.options.isEnabled(feature)) throw new Refusal('AI_DISABLED', '该项AI辅助已关闭，未加载模型');
  }

  /** The card (checked by the registry scan) and what the worker needs to load and re-check the files. */
  private files(modelId: ModelId): { card: ModelCard; files: ModelFiles } {
    const card = this.card(modelId);
    const sha256 = Object.fromEntries(card.files.map((file) => [file.path, file.sha256]));
    return { card, files: { id: modelId, dir: join(this.options.modelsDir, modelId), sha256 } };
  }

  private used(dir: string, feature: AiFeature): void {
    const users = this.users.get(dir) ?? new Set<AiFeature>();
    users.add(feature);
    this.users.set(dir, users);
  }

  private dimensionOf(id: string): number {
    const trainingCounts = this.card(id).trainingCounts as { dimension?: number } | undefined;
    return trainingCounts?.dimension ?? 0;
  }

  /**
   * The model's card, its files checked against their sha256 once per session: hashing every
   * file on every call made batch-1 calls cost hundreds of ms. The worker re-checks the bytes it
   * loads; the cache is dropped with the session (switch off, worker failure, close).
   */
  private card(id: string): ModelCard {
    const cached = this.checkedCards.get(id);
    if (cached) return cached;
    const checked = checkModel(this.options.modelsDir, id);
    if (checked?.problem) throw modelRefused(`模型 ${id} 已拒绝加载：${checked.problem.message}`);
    if (!checked || checked.card.id !== id) throw modelRefused(`未找到模型 ${id}（${this.options.modelsDir}）`);
    this.checkedCards.set(id, checked.card);
    return checked.card;
  }

  private async dropDisabled(): Promise<void> {
    for (const [dir, features] of this.users) {
      if ([...features].some((feature) => this.options.isEnabled(feature))) continue;
      this.users.delete(dir);
      for (const id of this.checkedCards.keys()) if (join(this.options.modelsDir, id) === dir) this.checkedCards.delete(id);
      if (this.link) await this.request({ type: 'unload', dir });
    }
  }

  private start(): WorkerLink {
    if (this.link) return this.link;
    const link = (this.options.startWorker ?? workerThreadLink)();
    link.onMessage((response: WorkerResponse) => {
      const waiter = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiter) return;
      if (response.ok) waiter.resolve(response.value);
      else waiter.reject(response.code === 'MODEL_REFUSED' ? modelRefused(response.message) : new Error(response.message));
    });
    link.onFailure((error) => {
      if (this.link !== link) return;
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
      this.checkedCards.clear();
      this.link = undefined;
    });
    this.link = link;
    return link;
  }

  private request(body: WithoutId<WorkerRequest>): Promise<unknown> {
    const id = this.nextId++;
    const link = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      link.ref();
      link.postMessage({ ...body, id } as WorkerRequest);
    }).finally(() => {
      if (this.pending.size === 0) this.link?.unref();
    });
  }
}
