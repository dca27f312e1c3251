// The Electron app runs the inference worker from the bundle dist/electron/onnx-worker.cjs in a
// utilityProcess (main/electron/utility-inference-link.ts). No Electron binary runs here, so the
// same bundle is started as a worker thread instead: it proves the bundled worker loads
// onnxruntime-node from node_modules, checks sha256 and answers; only the port differs.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../../main/inference/inference-host';
import { workerThreadLink } from '../../../../main/inference/worker-thread-link';
// @ts-expect-error -- plain .mjs build script without type declarations
import { buildElectron } from '../../../../scripts/build-electron.mjs';

// Inside the repository, so the bundle resolves onnxruntime-node from node_modules as when packaged.
mkdirSync(join(process.cwd(), 'dist'), { recursive: true });
const outdir = mkdtempSync(join(process.cwd(), 'dist', 'worker-bundle-test-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('bundled inference worker (dist/electron/onnx-worker.cjs)', () => {
  it('serves the committed criminal-judgment model when started from the bundle', async () => {
    const out = (await buildElectron({ outdir })) as { inferenceWorker: string };
    const host = new InferenceHost({
      modelsDir: join(process.cwd(), 'models'),
      isEnabled: () => true,
      startWorker: () => workerThreadLink(out.inferenceWorker),
    });
    try {
      const result = await host.predictCriminal([{ fact: '被告人某某于2016年5月在某超市盗窃手机一部，价值人民币3000元。' }], {
        feature: 'lawPush',
        explain: false,
      });
      expect(result.predictions[0]?.charges.length).toBeGreaterThan(0);
      expect(await host.loadedModels()).toEqual([join(process.cwd(), 'models', 'criminal-judgment')]);
    } finally {
      await host.close();
    }
  });
});
