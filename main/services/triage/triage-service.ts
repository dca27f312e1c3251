import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { TriageConfig } from '../../../shared/contract/channels/triage';
import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import type { AuditLog } from '../audit';
import type { CaseService } from '../cases';
import type { DossierService } from '../dossier';
import type { TriageResult } from './assess';
import { assessTriage } from './assess';
import { TriageSettings, triageModel } from './triage-settings';

/** One case's triage as the judge sees it: the score with its reasons, the rules' identity and how sure it is. */
export type CaseTriage = TriageResult & { caseId: string; ai: AiOutputDraft };

/** 繁简分流 of a case from its form and its dossier, under the rules the court has set. */
export class TriageService {
  private readonly settings: TriageSettings;

  constructor(
    workspace: Db,
    audit: AuditLog,
    private readonly cases: Pick<CaseService, 'get'>,
    /** The case's dossier documents, with their catalogue category and text. */
    private readonly dossier: Pick<DossierService, 'listDocuments'>,
    now: () => Date = () => new Date(),
  ) {
    this.settings = new TriageSettings(workspace, audit, now);
  }

  assess(caseId: string): CaseTriage {
    const found = this.cases.get(caseId);
    const config = this.settings.get();
    const result = assessTriage(found, this.dossier.listDocuments(caseId), config);
    const scoring = result.reasons.filter((r) => r.points > 0).map((r) => r.label);
    // Far from the threshold is surer than just across it.
    const margin = Math.abs(result.score - result.threshold) / Math.max(1, result.threshold);
    return {
      caseId,
      ...result,
      ai: {
        ...triageModel(config),
        confidence: Math.min(0.95, 0.55 + margin * 0.4),
        summary: `繁简分流：${result.track}（${result.score}分，门槛${result.threshold}分${scoring.length ? `；${scoring.join('、')}` : ''}）`,
      },
    };
  }

  getConfig(): TriageConfig {
    return this.settings.get();
  }

  setConfig(config: TriageConfig, actor: Actor): TriageConfig {
    return this.settings.set(config, actor);
  }
}
