import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AiFeature, AiSwitches } from '../../shared/contract/ai-features';
import type { ModelCard } from '../../shared/contract/channels/models';
import type { CriminalInput, CriminalPrediction } from './criminal-judgment';
import { scanModels } from './model-registry';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export const criminalJudgmentModelId = 'criminal-judgment';

/** The AI assistance for this feature is switched off: nothing was loaded or run. */
export class AiFeatureDisabledError extends Error {
  readonly code = 'AI_DISABLED';
}

/** The registry refused the model (missing, tampered or malformed files). */
export class ModelRefusedError extends Error {
  readonly code = 'MODEL_REFUSED';
}

export interface InferenceHostOptions {
  modelsDir: string;
  /** The AI switch of a feature (AiSwitchService.isEnabled); checked before anything is loaded. */
  isEnabled: (feature: AiFeature) => boolean;
  /** AiSwitchService.onChange: sessions of a model are dropped once every feature using it is off. */
  onSwitchChange?: (listener: (switches: AiSwitches) => void) => () => void;
}

export interface PredictOptions {
  /** The feature asking (e.g. lawPush for article push, deviationWarning for the term estimate). */
  feature: AiFeature;
  /** Leave-one-out clause attribution; costs one extra model row per clause. */
  explain?: boolean;
}

export interface CriminalPredictions {
  model: { id: string; version: string; sha256: string };
  predictions: CriminalPrediction[];
  notice: '仅供参考';
}

/**
 * Main-thread handle on the inference worker: starts it on first use, sends batches, and keeps
 * the AI switches in front of every model load.
 */
export class InferenceHost {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  /** Model dir → features that loaded it. */
  private readonly users = new Map<string, Set<AiFeature>>();
  private readonly unsubscribe: (() => void) | undefined;

  constructor(private readonly options: InferenceHostOptions) {
    this.unsubscribe = options.onSwitchChange?.(() => void this.dropDisabled());
  }

  /** True once the worker thread exists (it is only started for an enabled feature). */
  get workerStarted(): boolean {
    return this.worker !== undefined;
  }

  async predictCriminal(inputs: CriminalInput[], options: PredictOptions): Promise<CriminalPredictions> {
    if (!this.options.isEnabled(options.feature)) {
      throw new AiFeatureDisabledError('该项AI辅助已关闭，未加载模型');
    }
    const card = this.card(criminalJudgmentModelId);
    const dir = join(this.options.modelsDir, criminalJudgmentModelId);
    const sha256 = Object.fromEntries(card.files.map((file) => [file.path, file.sha256]));
    const predictions = (await this.request({
      type: 'predict',
      model: { dir, sha256 },
      inputs,
      explain: options.explain ?? true,
    })) as CriminalPrediction[];
    const users = this.users.get(dir) ?? new Set<AiFeature>();
    users.add(options.feature);
    this.users.set(dir, users);
    return {
      model: { id: card.id, version: card.version, sha256: sha256['model.onnx'] ?? '' },
      predictions,
      notice: '仅供参考',
    };
  }

  /** Model dirs with a live session in the worker (none when the worker never started). */
  async loadedModels(): Promise<string[]> {
    if (!this.worker) return [];
    return (await this.request({ type: 'loaded' })) as string[];
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    const worker = this.worker;
    this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(new Error('推理进程已关闭'));
    this.pending.clear();
    await worker?.terminate();
  }

  private card(id: string): ModelCard {
    const scan = scanModels(this.options.modelsDir);
    const problem = scan.problems.find((p) => p.id === id);
    if (problem) throw new ModelRefusedError(`模型 ${id} 已拒绝加载：${problem.message}`);
    const card = scan.cards.find((c) => c.id === id);
    if (!card) throw new ModelRefusedError(`未找到模型 ${id}（${this.options.modelsDir}）`);
    return card;
  }

  private async dropDisabled(): Promise<void> {
    for (const [dir, features] of this.users) {
      if ([...features].some((feature) => this.options.isEnabled(feature))) continue;
      this.users.delete(dir);
      if (this.worker) await this.request({ type: 'unload', dir });
    }
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./onnx-worker-boot.mjs', import.meta.url));
    worker.on('message', (response: WorkerResponse) => {
      const waiter = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiter) return;
      if (response.ok) waiter.resolve(response.value);
      else waiter.reject(response.message.includes('校验值') ? new ModelRefusedError(response.message) : new Error(response.message));
    });
    worker.on('error', (error) => {
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
      this.worker = undefined;
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private request(body: WithoutId<WorkerRequest>): Promise<unknown> {
    const id = this.nextId++;
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...body, id } as WorkerRequest);
    }).finally(() => {
      if (this.pending.size === 0) this.worker?.unref();
    });
  }
}
