import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { InferenceHost } from '../../main/inference/inference-host';
import { buildCaseVectors, denseIndexState, denseRetriever, installedEncoder } from '../../main/services/similar-cases/dense-index';
import type { Embed } from '../../main/services/similar-cases/dense-index';
import type { DenseRetriever } from '../../main/services/similar-cases/search-similar';
import type { EvalCorpus } from './similar-cases-corpus';

const modelsDir = join(process.cwd(), 'models');

/**
 * The dense retriever over the eval corpus through the shipped path (InferenceHost.embed, the
 * sqlite-vec table), building the vectors first when they are missing or from another encoder.
 * Null while no legal encoder is installed.
 */
export async function openDenseForEval(
  corpus: EvalCorpus,
  db: Database.Database,
): Promise<{ dense: DenseRetriever; close: () => Promise<void> } | null> {
  const encoder = installedEncoder(modelsDir);
  if (!encoder) return null;
  const host = new InferenceHost({ modelsDir, isEnabled: () => true });
  const embed: Embed = async (texts) => {
    const { model, vectors } = await host.embed(
      texts.map((text) => ({ text })),
      { feature: 'similarCases' },
    );
    return { model, vectors };
  };
  if (!denseIndexState(db, modelsDir).available) {
    const started = performance.now();
    const writer = new Database(corpus.knowledgeFile);
    try {
      const meta = await buildCaseVectors(writer, embed, (done, total) => {
        if (done % 2048 === 0 || done === total) console.log(`  向量索引 ${done}/${total}`);
      });
      console.log(`向量索引已建立：${meta.count} 件 × ${meta.dimension} 维，${Math.round((performance.now() - started) / 1000)} s`);
    } finally {
      writer.close();
    }
  }
  return { dense: denseRetriever(db, embed, encoder), close: () => host.close() };
}
