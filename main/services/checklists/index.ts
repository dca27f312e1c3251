// 证据指引: checklist definitions (resources/checklists), dossier-based suggestions, judge's marks.
export { ChecklistError, ChecklistService } from './checklist-service';
export type { Actor, CaseGuidance } from './checklist-service';
export { checklistDefinitions, checklistForCause, checklistModel, parseChecklist, ChecklistFileError } from './definitions';
export { suggestItem, suggestionRulesVersion } from './suggest';
export type { GuidanceDocument } from './suggest';
