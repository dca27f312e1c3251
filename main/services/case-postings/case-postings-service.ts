import type { z } from 'zod';
import type { similarCasesBuildPostings } from '../../../shared/contract/channels/similar-cases-postings';
import type { ProgressEvent } from '../../../shared/contract/progress';
import type { Db } from '../../store/database';
import { buildCasePostings, currentPostings } from '../similar-cases';

export interface CasePostingsServiceOptions {
  knowledge: Db;
  emitProgress: (event: ProgressEvent) => void;
}

const label = '建立类案检索索引';

/**
 * The lexical postings index of the case corpus, which the similar-case search reads when it is
 * current. A pack import builds it with the cases; this rebuilds it for a corpus that changed
 * since, and does nothing when it is current (a rebuild reads every case).
 */
export class CasePostingsService {
  constructor(private readonly options: CasePostingsServiceOptions) {}

  async refresh(request: z.output<typeof similarCasesBuildPostings.request>): Promise<z.output<typeof similarCasesBuildPostings.response>> {
    const { knowledge, emitProgress } = this.options;
    const current = currentPostings(knowledge);
    if (current) return { built: false, cases: current.cases, terms: current.terms, postings: current.postings };
    const meta = await buildCasePostings(knowledge, {
      onProgress: (done, total) => emitProgress({ jobId: request.jobId, label, done, total }),
    });
    emitProgress({ jobId: request.jobId, label, done: meta.cases, total: meta.cases, finished: true });
    return { built: true, cases: meta.cases, terms: meta.terms, postings: meta.postings };
  }
}
