/**
 * The AI assistance features a user can switch off one by one (SPC 2022 Opinions: the user may
 * refuse AI assistance at any time). Order here is the order shown in settings.
 */
export const aiFeatures = [
  'lawPush',
  'similarCases',
  'evidenceGuidance',
  'documentReview',
  'backfill',
  'triage',
  'deviationWarning',
  'drafting',
  'outcomeEstimation',
] as const;
export type AiFeature = (typeof aiFeatures)[number];

export const aiFeatureLabels: Record<AiFeature, string> = {
  lawPush: '法条推送',
  similarCases: '类案推送',
  evidenceGuidance: '证据指引',
  documentReview: '文书审查',
  backfill: '案件信息回填',
  triage: '繁简分流',
  deviationWarning: '偏离预警',
  drafting: '文书起草',
  outcomeEstimation: '诉讼预期评估',
};

export interface AiSwitches {
  /** 全局开关: off disables every feature regardless of its own switch. */
  global: boolean;
  features: Record<AiFeature, boolean>;
}

export function isAiFeatureEnabled(switches: AiSwitches, feature: AiFeature): boolean {
  return switches.global && switches.features[feature];
}
