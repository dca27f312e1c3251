// 证据指引: checklist definitions (resources/checklists), dossier-based suggestions, judge's marks.
export { ChecklistService } from './checklist-service';
export type { AssistedGuidance, CaseGuidance } from './checklist-service';
export { checklistDefinitions, checklistForCause, checklistModel, parseChecklist } from './definitions';
export { checklistFiles } from './definitions-files';
export { suggestItem, suggestionRulesVersion } from './suggest';
export type { GuidanceDocument } from './suggest';
