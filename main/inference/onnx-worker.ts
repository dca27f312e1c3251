// The one owner of onnxruntime in its process: a worker thread under Node, an Electron
// utilityProcess in the app — so inference never runs on the main event loop. Sessions are created
// on the first request for a model, from bytes whose sha256 is checked against the model card in
// the same read (a file swapped after the registry scan is still refused). What a model does with
// its inputs lives in its module (model-modules.ts); this file only loads and serves.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import type { AnyModelModule, FeedTensor, OnnxSession, OutputTensor } from './model-module';
import { isModelId, modelModules } from './model-modules';
import type { ModelFiles, WorkerRequest, WorkerResponse } from './worker-protocol';

interface Loaded {
  module: AnyModelModule;
  ort: ort.InferenceSession;
  session: OnnxSession;
  assets: unknown;
}

const sessions = new Map<string, Loaded>();

class TamperedModelError extends Error {
  readonly code = 'MODEL_REFUSED';
}

function verifiedBytes(dir: string, file: string, sha256: string): Buffer {
  const bytes = readFileSync(join(dir, file));
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new TamperedModelError(`模型文件 ${file} 的校验值与模型说明不符，已拒绝加载（文件可能被篡改或损坏）`);
  }
  return bytes;
}

function adapt(session: ort.InferenceSession): OnnxSession {
  return {
    async run(feeds: Record<string, FeedTensor>) {
      const tensors = Object.fromEntries(
        Object.entries(feeds).map(([name, feed]) => [name, new ort.Tensor(feed.type, feed.data, [...feed.dims])]),
      );
      const out = await session.run(tensors);
      const result: Record<string, OutputTensor> = {};
      for (const [name, tensor] of Object.entries(out)) result[name] = { data: tensor.data as Float32Array, dims: tensor.dims };
      return result;
    },
  };
}

async function load(model: ModelFiles): Promise<Loaded> {
  const existing = sessions.get(model.dir);
  if (existing) return existing;
  if (!isModelId(model.id)) throw new Error(`推理进程不认识模型 ${model.id}`);
  const module: AnyModelModule = modelModules[model.id];
  const json = Object.fromEntries(
    module.jsonFiles.map((file) => [
      file,
      JSON.parse(verifiedBytes(model.dir, file, model.sha256[file] ?? '').toString('utf8')) as unknown,
    ]),
  );
  const assets: unknown = module.prepare(json);
  const session = await ort.InferenceSession.create(verifiedBytes(model.dir, 'model.onnx', model.sha256['model.onnx'] ?? ''), {
    intraOpNumThreads: 1,
  });
  const loaded = { module, ort: session, session: adapt(session), assets };
  sessions.set(model.dir, loaded);
  return loaded;
}

export async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'loaded':
      return [...sessions.keys()];
    case 'unload': {
      const loaded = sessions.get(request.dir);
      sessions.delete(request.dir);
      await loaded?.ort.release();
      return null;
    }
    case 'load':
      await load(request.model);
      return null;
    case 'run': {
      const loaded = await load(request.model);
      return loaded.module.run(loaded.session, loaded.assets, request.inputs, { explain: request.explain });
    }
  }
}

function respond(request: WorkerRequest, post: (response: WorkerResponse) => void): void {
  handle(request).then(
    (value) => post({ id: request.id, ok: true, value }),
    (error: unknown) =>
      post({
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof TamperedModelError ? { code: error.code } : {}),
      }),
  );
}

/** Electron's utilityProcess gives its child `process.parentPort` (messages wrapped in `{data}`). */
interface UtilityParentPort {
  on(event: 'message', listener: (event: { data: WorkerRequest }) => void): void;
  postMessage(message: WorkerResponse): void;
}

const utilityPort = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
if (parentPort) {
  const port = parentPort;
  port.on('message', (request: WorkerRequest) => respond(request, (response) => port.postMessage(response)));
} else if (utilityPort) {
  utilityPort.on('message', (event) => respond(event.data, (response) => utilityPort.postMessage(response)));
}
