import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AiSwitches } from '../../../../shared/contract/ai-features';
import { afterEach, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../../main/inference/inference-host';
import { handle } from '../../../../main/inference/onnx-worker';
import type { WorkerLink } from '../../../../main/inference/worker-protocol';
import { workerThreadLink } from '../../../../main/inference/worker-thread-link';
import { scanModels } from '../../../../main/inference/model-registry';
import { tempDir } from '../../../helpers/temp-app';

const committedModels = join(process.cwd(), 'models');
const fact = '被告人某某于2016年5月在某超市盗窃手机一部，价值人民币3000元。';

describe('InferenceHost.run: one generic path for every model module', () => {
  let host: InferenceHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('gives the same criminal prediction through run() as through predictCriminal()', async () => {
    host = new InferenceHost({ modelsDir: committedModels, isEnabled: () => true });
    const generic = await host.run('criminal-judgment', [{ fact }], { feature: 'lawPush', explain: false });
    const typed = await host.predictCriminal([{ fact }], { feature: 'lawPush', explain: false });
    expect(generic.outputs).toEqual(typed.predictions);
    expect(generic.notice).toBe('仅供参考');
    expect(generic.model).toEqual(typed.model);
    expect(generic.outputs[0]?.charges[0]?.name).toBeTruthy();
  });

  it('refuses bad input on the calling thread, naming the input, and starts no worker', async () => {
    host = new InferenceHost({ modelsDir: committedModels, isEnabled: () => true });
    await expect(host.run('criminal-judgment', [{ fact }, { fact: '  ' }], { feature: 'lawPush' })).rejects.toMatchObject({
      name: 'Refusal',
      code: 'VALIDATION',
    });
    await expect(host.run('criminal-judgment', [{ fact: '' }], { feature: 'lawPush' })).rejects.toThrow(/第 1 条输入：案件事实/);
    expect(host.workerStarted).toBe(false);
  });

  it('starts the worker through the link it is given (how Electron passes its utilityProcess)', async () => {
    let started = 0;
    const startWorker = (): WorkerLink => {
      started += 1;
      return workerThreadLink();
    };
    host = new InferenceHost({ modelsDir: committedModels, isEnabled: () => true, startWorker });
    await host.run('criminal-judgment', [{ fact }], { feature: 'lawPush', explain: false });
    await host.run('criminal-judgment', [{ fact }, { fact }], { feature: 'lawPush', explain: false });
    expect(started).toBe(1);
  });
});

describe('inference worker: sha256 checked again when the session is created', () => {
  it('refuses a model whose bytes do not match the sha256 it was sent (a file swapped after the scan)', async () => {
    const card = scanModels(committedModels).cards.find((c) => c.id === 'criminal-judgment');
    const sha256 = Object.fromEntries((card?.files ?? []).map((f) => [f.path, f.sha256]));
    const request = {
      id: 1,
      type: 'run' as const,
      model: {
        id: 'criminal-judgment',
        dir: join(committedModels, 'criminal-judgment'),
        sha256: { ...sha256, 'model.onnx': '0'.repeat(64) },
      },
      inputs: [{ fact }],
      explain: false,
    };
    await expect(handle(request)).rejects.toThrow(/模型文件 model\.onnx 的校验值与模型说明不符，已拒绝加载/);
    expect(await handle({ id: 2, type: 'loaded' })).toEqual([]);
    await expect(handle({ ...request, model: { ...request.model, id: 'no-such-model' } })).rejects.toThrow(/不认识模型 no-such-model/);
  });
});

describe('InferenceHost.warm', () => {
  it('creates the session without running anything, and only for an enabled feature', async () => {
    let enabled = false;
    const host = new InferenceHost({ modelsDir: committedModels, isEnabled: () => enabled });
    try {
      await expect(host.warm('criminal-judgment', { feature: 'lawPush' })).rejects.toThrow(/已关闭/);
      expect(host.workerStarted).toBe(false);
      enabled = true;
      await host.warm('criminal-judgment', { feature: 'lawPush' });
      expect(await host.loadedModels()).toEqual([join(committedModels, 'criminal-judgment')]);
    } finally {
      await host.close();
    }
  });
});

describe('InferenceHost: files checked once per session, again after the session is dropped', () => {
  it('refuses a file changed while switched off, when the feature is switched back on', async () => {
    const tmp = tempDir();
    cpSync(join(committedModels, 'criminal-judgment'), join(tmp.dir, 'criminal-judgment'), { recursive: true });
    let enabled = true;
    const listeners: Array<(s: AiSwitches) => void> = [];
    const host = new InferenceHost({
      modelsDir: tmp.dir,
      isEnabled: () => enabled,
      onSwitchChange: (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
    });
    try {
      await host.run('criminal-judgment', [{ fact }], { feature: 'lawPush', explain: false });
      // Second call: no re-hash needed, the session is live.
      await host.run('criminal-judgment', [{ fact }], { feature: 'lawPush', explain: false });
      enabled = false;
      for (const listener of listeners) listener({ global: false } as AiSwitches);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await host.loadedModels()).toEqual([]);
      const modelPath = join(tmp.dir, 'criminal-judgment', 'model.onnx');
      const bytes = readFileSync(modelPath);
      bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
      writeFileSync(modelPath, bytes);
      enabled = true;
      await expect(host.run('criminal-judgment', [{ fact }], { feature: 'lawPush' })).rejects.toThrow(
        /模型文件 model\.onnx 缺失或校验值不符/,
      );
    } finally {
      await host.close();
      tmp.cleanup();
    }
  });
});
