/**
 * Writes the civil outcome model's training rows (JSON Lines) from the civil judgments in
 * ../shared/data: each claim of each first-instance judgment whose operative part the parser can
 * map (shared/domain/civil-judgment), with the model input built by civilOutcomeInput. The rows
 * hold case text, so they go to a temporary file, never into the repository.
 *
 * Usage: npx tsx models/training/civil_outcome/export_labels.ts <out.jsonl> [--smoke]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { civilFacts, civilOutcomeInput, parseCivilJudgment } from '../../../shared/domain/civil-judgment';
import { causeOfDomainText } from './causes';

const dataRoot = process.env.JUDGEDESK_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
const domains = ['loan', 'divorce', 'labor'] as const;

/** The fairness pairs the criminal model is tested with: each claim is run once with side A, once with B. */
interface PairSide {
  name: string;
  gender: string;
  ethnicity: string;
  birthplace: string;
  occupation: string;
  givenName: boolean;
}
const pairs = (
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../criminal_judgment/counterfactual-pairs.json'), 'utf8')) as {
    pairs: Array<[PairSide, PairSide]>;
  }
).pairs;
const withParty = (facts: string, side: PairSide) =>
  `原告${side.name}，${side.gender}，${side.ethnicity}，出生于${side.birthplace}，${side.occupation}。${facts}`;

const [outPath, flag] = process.argv.slice(2);
if (!outPath) throw new Error('usage: export_labels.ts <out.jsonl> [--smoke]');
const rows: string[] = [];
const perCause: Record<string, { judgments: number; claims: number }> = {};
for (const domain of domains) {
  const lines = readFileSync(join(dataRoot, 'ie/cail2019_element', domain, 'data_small_selected.json'), 'utf8')
    .trim()
    .split('\n');
  lines.slice(0, flag === '--smoke' ? 40 : lines.length).forEach((line, index) => {
    const text = (JSON.parse(line) as Array<{ sentence: string }>).map((s) => s.sentence).join('');
    const parsed = parseCivilJudgment(text);
    if (!parsed.results) return;
    const cause = causeOfDomainText(domain, text);
    const facts = civilFacts(text);
    const stat = (perCause[cause] ??= { judgments: 0, claims: 0 });
    stat.judgments += 1;
    for (const r of parsed.results) {
      stat.claims += 1;
      const pair = pairs[rows.length % pairs.length] as [PairSide, PairSide];
      const counterfactual = pair.map((side) =>
        civilOutcomeInput(
          { cause, kind: r.claim.kind, claim: r.claim.text, facts: withParty(facts, side) },
          side.givenName ? [side.name] : [],
        ),
      );
      rows.push(
        JSON.stringify({
          doc: `${domain}:${index}`,
          domain,
          cause,
          kind: r.claim.kind,
          amount: r.claim.amount,
          outcome: r.outcome,
          share: r.share,
          input: civilOutcomeInput({ cause, kind: r.claim.kind, claim: r.claim.text, facts }),
          counterfactual,
        }),
      );
    }
  });
}
writeFileSync(outPath, rows.join('\n') + '\n', 'utf8');
console.log(JSON.stringify({ rows: rows.length, perCause }));
