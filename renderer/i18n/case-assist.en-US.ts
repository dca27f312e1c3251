import type { caseAssistZhCN } from './case-assist.zh-CN';

export const caseAssistEnUS: Record<keyof typeof caseAssistZhCN, string> = {
  'caseAssist.title': 'AI assistance (for reference only)',
  'caseAssist.similarTab': 'Similar cases',
  'caseAssist.assistTab': 'Judgment assistance',
  'caseAssist.similarRun': 'Find similar cases',
  'caseAssist.similarPage': 'Search on the similar-cases page',
  'caseAssist.similarNone': 'No similar case with an explainable reason was found.',
  'caseAssist.assistRun': 'Analyse this case',
  'caseAssist.assistPage': 'Compare an intended sentence on the deviation page',
  'caseAssist.sourceFile': 'Based on: dossier document “{file}”',
  'caseAssist.sourceRecord': 'Based on: cause of action and claims (no document catalogued as a complaint)',
};
