import type { checklistsZhCN } from './checklists.zh-CN';

/**
 * 证据指引 page strings in English. Checklist contents (要件, typical evidence, legal basis) and
 * dossier categories come from the main process and stay as they are.
 */
export const checklistsEnUS: Record<keyof typeof checklistsZhCN, string> = {
  'checklists.title': 'Evidence guidance',
  'checklists.case': 'Case:',
  'checklists.casePlaceholder': 'Find a case by case number, party or cause of action',
  'checklists.keys': 'Alt+G evidence guidance · Alt+T case triage · Alt+D addresses for service',
  'checklists.noCase': 'Open a case under "Cases" first, or choose one above',
  'checklists.tab.checklist': 'Evidence guidance',
  'checklists.tab.triage': 'Complex/simple triage',
  'checklists.tab.addresses': 'Addresses for service',
  'checklists.checklist': 'Checklist:',
  'checklists.checklistPlaceholder': 'Choose an evidence checklist',
  'checklists.checklistOption': '{cause} ({kind}, {count} items)',
  'checklists.kind.civil': 'civil',
  'checklists.kind.criminal': 'criminal',
  'checklists.chosen': '{reason}; documents in the dossier: {count}',
  'checklists.flagged': 'Required evidence not yet found in the dossier or marked missing: {count}',
  'checklists.allFound': 'All required evidence has been found in the dossier or marked',
  'checklists.flaggedNote':
    '{notice} The prompts come from the categories and keywords of the dossier documents; whether evidence was produced and can be admitted is for the judge to decide.',
  'checklists.basisMissing': 'This article is not in the statute library',
  'checklists.basisNone': 'No article text in the knowledge base yet',
  'checklists.col.fact': 'Facts to be proved (elements)',
  'checklists.col.typical': 'Typical evidence',
  'checklists.col.suggestion': 'Dossier prompt (for reference)',
  'checklists.col.mark': "Judge's assessment",
  'checklists.required': 'Required',
  'checklists.optional': 'Optional',
  'checklists.suggestion.found': 'Evidence appears to be in the dossier',
  'checklists.suggestion.listed': 'Only mentioned in the pleadings or the list of evidence',
  'checklists.suggestion.none': 'Not found in the dossier',
  'checklists.mark.satisfied': 'Satisfied',
  'checklists.mark.missing': 'Missing',
  'checklists.mark.not_applicable': 'Not applicable',
  'checklists.unmark': 'Clear mark',
  'checklists.dismiss': 'Dismiss prompt',
  'checklists.dismissTitle': 'Dismiss this missing-evidence prompt?',
  'checklists.dismissBody': 'Dismissing is recorded in the audit log.',
  'checklists.dismissOk': 'Dismiss',
  'checklists.cancel': 'Cancel',
  'checklists.dismissed': 'Prompt dismissed',
};
