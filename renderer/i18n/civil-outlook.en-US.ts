import type { civilOutlookZhCN } from './civil-outlook.zh-CN';

export const civilOutlookEnUS: Record<keyof typeof civilOutlookZhCN, string> = {
  'civilOutlook.title': 'Outcome estimate (for reference only)',
  'civilOutlook.run': 'Estimate each claim',
  'civilOutlook.rerun': 'Re-estimate with the intended awards',
  'civilOutlook.noClaims': 'No claims are recorded for this case yet; add them in the case details first.',
  'civilOutlook.claim': 'Claim {n}',
  'civilOutlook.amount': 'Claimed {amount} yuan',
  'civilOutlook.likely': 'Most likely: {outcome}',
  'civilOutlook.probabilities': 'Granted {full} · Partly granted {partial} · Rejected {rejected}',
  'civilOutlook.share': 'Expected share awarded {median} (interval {low}–{high}, stated coverage {coverage})',
  'civilOutlook.measuredCoverage': ' (measured on held-out judgments: {measured})',
  'civilOutlook.expectedAward': 'Expected award about {amount} yuan',
  'civilOutlook.found': 'Elements stated in the facts',
  'civilOutlook.missing': 'Elements not found',
  'civilOutlook.none': 'None',
  'civilOutlook.proposed': 'Intended award (yuan)',
  'civilOutlook.comparables': 'Comparable cases (outcome read from the operative part only)',
  'civilOutlook.noComparables': 'No comparable case to list.',
  'civilOutlook.outcomeUnknown': 'Outcome not readable',
  'civilOutlook.limits': 'Limits of the model',
};
