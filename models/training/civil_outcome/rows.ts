/**
 * The civil outcome model's rows from the civil judgments in ../shared/data: each claim of each
 * first-instance judgment whose operative part the parser can map (shared/domain/civil-judgment),
 * with the model input built by civilOutcomeInput and the same input for two identity
 * counterfactuals (the fairness test). Used by export_labels.ts (training) and the evaluation.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { civilFacts, civilOutcomeInput, parseCivilJudgment, type ClaimOutcome } from '../../../shared/domain/civil-judgment';
import { causeOfDomainText } from './causes';

const here = dirname(fileURLToPath(import.meta.url));
export const civilDataRoot = process.env.JUDGEDESK_DATA_DIR ?? join(here, '../../../../shared/data');
const domains = ['loan', 'divorce', 'labor'] as const;

/** The fairness pairs the criminal model is tested with: each claim is run once with side A, once with B. */
export interface PairSide {
  name: string;
  gender: string;
  ethnicity: string;
  birthplace: string;
  occupation: string;
  givenName: boolean;
}
const pairs = (
  JSON.parse(readFileSync(join(here, '../criminal_judgment/counterfactual-pairs.json'), 'utf8')) as { pairs: Array<[PairSide, PairSide]> }
).pairs;
export const withParty = (facts: string, side: PairSide) =>
  `原告${side.name}，${side.gender}，${side.ethnicity}，出生于${side.birthplace}，${side.occupation}。${facts}`;

export interface CivilRow {
  /** domain:line (0-based) of ie/cail2019_element/<domain>/data_small_selected.json. */
  doc: string;
  domain: (typeof domains)[number];
  cause: string;
  kind: string;
  claim: string;
  amount: number | null;
  facts: string;
  outcome: ClaimOutcome;
  share: number | null;
  input: string;
  /** The pair sides used for this row's counterfactual inputs. */
  pair: [PairSide, PairSide];
  counterfactual: [string, string];
}

export function civilRows(options: { smoke?: boolean } = {}): {
  rows: CivilRow[];
  perCause: Record<string, { judgments: number; claims: number }>;
} {
  const rows: CivilRow[] = [];
  const perCause: Record<string, { judgments: number; claims: number }> = {};
  for (const domain of domains) {
    const lines = readFileSync(join(civilDataRoot, 'ie/cail2019_element', domain, 'data_small_selected.json'), 'utf8')
      .trim()
      .split('\n');
    lines.slice(0, options.smoke ? 40 : lines.length).forEach((line, index) => {
      const text = (JSON.parse(line) as Array<{ sentence: string }>).map((s) => s.sentence).join('');
      const results = parseCivilJudgment(text).results;
      if (!results?.length) return;
      const cause = causeOfDomainText(domain, text);
      const facts = civilFacts(text);
      const stat = (perCause[cause] ??= { judgments: 0, claims: 0 });
      stat.judgments += 1;
      for (const r of results) {
        stat.claims += 1;
        const pair = pairs[rows.length % pairs.length] as [PairSide, PairSide];
        const base = { cause, kind: r.claim.kind, claim: r.claim.text };
        rows.push({
          doc: `${domain}:${index}`,
          domain,
          ...base,
          amount: r.claim.amount,
          facts,
          outcome: r.outcome,
          share: r.share,
          input: civilOutcomeInput({ ...base, facts }),
          pair,
          counterfactual: [
            civilOutcomeInput({ ...base, facts: withParty(facts, pair[0]) }, pair[0].givenName ? [pair[0].name] : []),
            civilOutcomeInput({ ...base, facts: withParty(facts, pair[1]) }, pair[1].givenName ? [pair[1].name] : []),
          ],
        });
      }
    });
  }
  return { rows, perCause };
}
