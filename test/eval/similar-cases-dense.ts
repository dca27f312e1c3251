import type Database from 'better-sqlite3-multiple-ciphers';
import type { DenseRetriever } from '../../main/services/similar-cases/search-similar';
import type { EvalCorpus } from './similar-cases-corpus';

/** The dense retriever over the eval corpus, or null while no legal encoder is installed. */
export async function openDenseForEval(_corpus: EvalCorpus, _db: Database.Database): Promise<DenseRetriever | null> {
  return null;
}
