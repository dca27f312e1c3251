import type { ChannelDef } from './channel';
import * as audit from './channels/audit';
import * as drafting from './channels/drafting';
import * as backfill from './channels/backfill';
import * as cases from './channels/cases';
import * as checklists from './channels/checklists';
import * as serviceAddress from './channels/service-address';
import * as triage from './channels/triage';
import * as civilOutcome from './channels/civil-outcome';
import * as dossier from './channels/dossier';
import * as judgment from './channels/judgment';
import * as laws from './channels/laws';
import * as models from './channels/models';
import * as packs from './channels/packs';
import * as review from './channels/review';
import * as settings from './channels/settings';
import * as system from './channels/system';
import * as transcripts from './channels/transcripts';
import * as transcriptSettings from './channels/transcripts-settings';
import * as similarCases from './channels/similar-cases';
import * as modelOutputs from './channels/model-outputs';
import * as lawsImport from './channels/laws-import';
import * as similarCasesPostings from './channels/similar-cases-postings';
import * as calculators from './channels/calculators';
import * as judgmentAmount from './channels/judgment-amount';

/** Every contract channel, keyed by name. The preload allows exactly these names. */
export const channels = {
  [system.systemInfo.name]: system.systemInfo,
  [settings.aiSwitchesGet.name]: settings.aiSwitchesGet,
  [settings.aiSwitchesSet.name]: settings.aiSwitchesSet,
  [audit.auditList.name]: audit.auditList,
  [audit.auditVerify.name]: audit.auditVerify,
  [audit.auditExportCsv.name]: audit.auditExportCsv,
  [audit.auditRecordDecision.name]: audit.auditRecordDecision,
  [audit.auditStats.name]: audit.auditStats,
  [models.modelCards.name]: models.modelCards,
  [laws.lawsSearch.name]: laws.lawsSearch,
  [laws.lawsArticle.name]: laws.lawsArticle,
  [laws.lawsCite.name]: laws.lawsCite,
  [laws.lawsPush.name]: laws.lawsPush,
  [judgment.judgmentAssist.name]: judgment.judgmentAssist,
  [packs.packsStatus.name]: packs.packsStatus,
  [packs.packsVerify.name]: packs.packsVerify,
  [packs.packsImport.name]: packs.packsImport,
  [packs.packsRollback.name]: packs.packsRollback,
  [cases.casesList.name]: cases.casesList,
  [cases.casesGet.name]: cases.casesGet,
  [cases.casesCreate.name]: cases.casesCreate,
  [cases.casesUpdate.name]: cases.casesUpdate,
  [cases.casesUndo.name]: cases.casesUndo,
  [cases.casesSetStatus.name]: cases.casesSetStatus,
  [cases.casesCauses.name]: cases.casesCauses,
  [transcripts.transcriptsTemplates.name]: transcripts.transcriptsTemplates,
  [transcripts.transcriptsCreate.name]: transcripts.transcriptsCreate,
  [transcripts.transcriptsGet.name]: transcripts.transcriptsGet,
  [transcripts.transcriptsList.name]: transcripts.transcriptsList,
  [transcripts.transcriptsApplyOps.name]: transcripts.transcriptsApplyOps,
  [transcripts.transcriptsHistory.name]: transcripts.transcriptsHistory,
  [transcripts.transcriptsRestore.name]: transcripts.transcriptsRestore,
  [transcripts.transcriptsLock.name]: transcripts.transcriptsLock,
  [transcripts.transcriptsAmend.name]: transcripts.transcriptsAmend,
  [transcripts.transcriptsExportDocx.name]: transcripts.transcriptsExportDocx,
  [transcriptSettings.transcriptsPhrasesGet.name]: transcriptSettings.transcriptsPhrasesGet,
  [transcriptSettings.transcriptsPhrasesSet.name]: transcriptSettings.transcriptsPhrasesSet,
  [transcriptSettings.transcriptsNoticesGet.name]: transcriptSettings.transcriptsNoticesGet,
  [transcriptSettings.transcriptsNoticesSet.name]: transcriptSettings.transcriptsNoticesSet,
  [transcriptSettings.transcriptsSpeechStatus.name]: transcriptSettings.transcriptsSpeechStatus,
  [transcriptSettings.transcriptsSpeechConfigure.name]: transcriptSettings.transcriptsSpeechConfigure,
  [review.reviewRun.name]: review.reviewRun,
  [review.reviewImport.name]: review.reviewImport,
  [review.reviewApplyFix.name]: review.reviewApplyFix,
  [review.reviewRedact.name]: review.reviewRedact,
  [dossier.dossierList.name]: dossier.dossierList,
  [dossier.dossierText.name]: dossier.dossierText,
  [dossier.dossierStage.name]: dossier.dossierStage,
  [dossier.dossierImport.name]: dossier.dossierImport,
  [dossier.dossierCatalogue.name]: dossier.dossierCatalogue,
  [dossier.dossierCorrect.name]: dossier.dossierCorrect,
  [dossier.dossierArchive.name]: dossier.dossierArchive,
  [dossier.dossierVerifyArchive.name]: dossier.dossierVerifyArchive,
  [checklists.checklistsList.name]: checklists.checklistsList,
  [checklists.checklistsForCase.name]: checklists.checklistsForCase,
  [checklists.checklistsMark.name]: checklists.checklistsMark,
  [checklists.checklistsDismiss.name]: checklists.checklistsDismiss,
  [backfill.backfillPropose.name]: backfill.backfillPropose,
  [triage.triageAssess.name]: triage.triageAssess,
  [triage.triageConfigGet.name]: triage.triageConfigGet,
  [triage.triageConfigSet.name]: triage.triageConfigSet,
  [civilOutcome.civilOutcomeEstimate.name]: civilOutcome.civilOutcomeEstimate,
  [serviceAddress.serviceAddressRecommend.name]: serviceAddress.serviceAddressRecommend,
  [drafting.draftingTemplates.name]: drafting.draftingTemplates,
  [drafting.draftingCreate.name]: drafting.draftingCreate,
  [drafting.draftingGet.name]: drafting.draftingGet,
  [drafting.draftingList.name]: drafting.draftingList,
  [drafting.draftingSave.name]: drafting.draftingSave,
  [drafting.draftingUndo.name]: drafting.draftingUndo,
  [drafting.draftingHistory.name]: drafting.draftingHistory,
  [drafting.draftingRestore.name]: drafting.draftingRestore,
  [drafting.draftingSuggestCitations.name]: drafting.draftingSuggestCitations,
  [drafting.draftingExport.name]: drafting.draftingExport,
  [similarCases.similarCasesSearch.name]: similarCases.similarCasesSearch,
  [similarCases.similarCasesGet.name]: similarCases.similarCasesGet,
  [similarCases.similarCasesStatus.name]: similarCases.similarCasesStatus,
  [similarCases.similarCasesBuildIndex.name]: similarCases.similarCasesBuildIndex,
  [similarCases.similarCasesFeedback.name]: similarCases.similarCasesFeedback,
  [similarCases.similarCasesReportDraft.name]: similarCases.similarCasesReportDraft,
  [similarCases.similarCasesReportExport.name]: similarCases.similarCasesReportExport,
  [similarCasesPostings.similarCasesBuildPostings.name]: similarCasesPostings.similarCasesBuildPostings,
  [lawsImport.lawsImportFolder.name]: lawsImport.lawsImportFolder,
  [modelOutputs.modelsNer.name]: modelOutputs.modelsNer,
  [modelOutputs.modelsEmbed.name]: modelOutputs.modelsEmbed,
  [modelOutputs.modelsPredictCriminal.name]: modelOutputs.modelsPredictCriminal,
  [calculators.calculatorsLendingInterest.name]: calculators.calculatorsLendingInterest,
  [calculators.calculatorsDelayInterest.name]: calculators.calculatorsDelayInterest,
  [calculators.calculatorsCourtFees.name]: calculators.calculatorsCourtFees,
  [judgmentAmount.judgmentAmount.name]: judgmentAmount.judgmentAmount,
} as const satisfies Record<string, ChannelDef>;

export type Channels = typeof channels;
export type ChannelName = Extract<keyof Channels, string>;
export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

export * from './channel';
export * from './result';
export * from './roles';
export * from './refusal';
export * from './ai-features';
export * from './progress';
export { audit, cases, dossier, judgment, laws, models, packs, review, settings, system, transcripts, similarCases };
export * from './ai-output';
export { backfill, checklists, serviceAddress, triage };
export { lawsImport, modelOutputs, similarCasesPostings };
export { calculators };
export { judgmentAmount };
