import type { triageZhCN } from './triage.zh-CN';

/**
 * 繁简分流 strings in English. The triage reasons (factor, value, rule) come from the main
 * process and stay as they are.
 */
export const triageEnUS: Record<keyof typeof triageZhCN, string> = {
  'triage.suggestion': 'Suggestion',
  'triage.complex': 'Complex case',
  'triage.simple': 'Simple case',
  'triage.score': 'Score',
  'triage.scoreValue': '{score} points (complex from {threshold} points)',
  'triage.explanation': 'Note',
  'triage.notice':
    'The triage suggestion is for reference only; the case-filing division or the presiding judge decides the procedure. The scoring rules are set by this court\'s administrator ("Scoring rules" below).',
  'triage.col.feature': 'Factor',
  'triage.col.value': 'In this case',
  'triage.col.points': 'Points',
  'triage.col.rule': 'Rule',
  'triage.col.source': 'Found in',
  'triage.source': '{file}: {snippet}',
  'triage.recompute': 'Recalculate',
  'triage.rules': 'Scoring rules (administrator)',
  'triage.rules.title': 'Complex/simple triage scoring rules (administrator)',
  'triage.rules.save': 'Save rules',
  'triage.rules.notice':
    "The rules are set by this court's administrator and every change is recorded in the audit log; parties' names, gender, ethnicity and birthplace never count.",
  'triage.rules.required': 'Enter the points',
  'triage.rules.threshold': 'Complex from (total ≥)',
  'triage.rules.partiesAbove': 'Parties more than',
  'triage.rules.partiesPoints': 'Points per extra party',
  'triage.rules.partiesMax': 'Most points for parties',
  'triage.rules.counterclaim': 'Points for a counterclaim',
  'triage.rules.contested': 'Points for facts in dispute',
  'triage.rules.foreign': 'Points for a foreign element',
  'triage.rules.unknownWhereabouts': 'Points for service by public notice',
  'triage.rules.evidenceAbove': 'Evidence documents more than',
  'triage.rules.evidencePoints': 'Points for much evidence',
  'triage.rules.cause': 'Points for a complex cause',
  'triage.rules.amountTier': 'Amount tier {tier}: from (yuan)',
  'triage.rules.amountPoints': 'Points',
  'triage.rules.complexCauses': 'Complex causes of action',
  'triage.rules.simpleCauses': 'Common simple causes of action',
  'triage.cancel': 'Cancel',
};
