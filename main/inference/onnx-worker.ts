// The one owner of onnxruntime in this process: a worker thread, so inference never runs on the
// main event loop. Sessions are created on the first request for a model, from bytes whose sha256
// is checked against the model card in the same read (a file swapped after the registry scan is
// still refused).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import type { CriminalFeaturizer, CriminalRow } from './criminal-judgment';
import { clauses, decodePrediction, encodeBatch, featuresOf, withoutClause } from './criminal-judgment';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

interface Loaded {
  session: ort.InferenceSession;
  featurizer: CriminalFeaturizer;
}

const sessions = new Map<string, Loaded>();
const rowsPerRun = 64;

function verifiedBytes(dir: string, file: string, sha256: string): Buffer {
  const bytes = readFileSync(join(dir, file));
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new Error(`模型文件 ${file} 的校验值与模型说明不符，已拒绝加载（文件可能被篡改或损坏）`);
  }
  return bytes;
}

async function load(request: Extract<WorkerRequest, { type: 'predict' }>): Promise<Loaded> {
  const existing = sessions.get(request.model.dir);
  if (existing) return existing;
  const { dir, sha256 } = request.model;
  const featurizer = JSON.parse(verifiedBytes(dir, 'featurizer.json', sha256['featurizer.json'] ?? '').toString('utf8')) as CriminalFeaturizer;
  const session = await ort.InferenceSession.create(verifiedBytes(dir, 'model.onnx', sha256['model.onnx'] ?? ''), {
    intraOpNumThreads: 1,
  });
  const loaded = { session, featurizer };
  sessions.set(dir, loaded);
  return loaded;
}

async function run(loaded: Loaded, texts: Array<{ fact: string; names?: string[] }>): Promise<CriminalRow[]> {
  const rows: CriminalRow[] = [];
  for (let start = 0; start < texts.length; start += rowsPerRun) {
    const batch = encodeBatch(texts.slice(start, start + rowsPerRun).map((t) => featuresOf(t, loaded.featurizer)));
    const out = await loaded.session.run({
      indices: new ort.Tensor('int64', batch.indices, batch.dims),
      weights: new ort.Tensor('float32', batch.weights, batch.dims),
    });
    const slice = (name: string, row: number) => {
      const tensor = out[name];
      if (!tensor) throw new Error(`模型缺少输出 ${name}`);
      const width = tensor.dims[1] ?? 0;
      return (tensor.data as Float32Array).slice(row * width, (row + 1) * width);
    };
    for (let row = 0; row < batch.dims[0]; row += 1) {
      rows.push({
        charges: slice('charges', row),
        articles: slice('articles', row),
        termKind: slice('term_kind', row),
        termLogMonths: slice('term_log_months', row),
      });
    }
  }
  return rows;
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'loaded':
      return [...sessions.keys()];
    case 'unload': {
      const loaded = sessions.get(request.dir);
      sessions.delete(request.dir);
      await loaded?.session.release();
      return null;
    }
    case 'predict': {
      const loaded = await load(request);
      const predictions = [];
      for (const input of request.inputs) {
        const parts = request.explain ? clauses(input.fact) : [];
        const variants = [input, ...parts.map((part) => ({ ...input, fact: withoutClause(input.fact, part) }))];
        predictions.push(decodePrediction(input.fact, await run(loaded, variants), parts, loaded.featurizer));
      }
      return predictions;
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (value) => parentPort?.postMessage({ id: request.id, ok: true, value } satisfies WorkerResponse),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerResponse),
  );
});
