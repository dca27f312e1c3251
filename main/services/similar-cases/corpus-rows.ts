import type { CorpusCase } from '../../../shared/contract/channels/similar-cases';
import type { Db } from '../../store/database';

interface Row {
  id: number;
  source: string;
  kind: '刑事' | '民事';
  court: string | null;
  court_level: CorpusCase['courtLevel'];
  region: string | null;
  case_number: string | null;
  causes: string;
  decided_on: string | null;
  parties: string;
  facts: string;
  reasoning: string;
  result: string;
  cited: string;
  prison_months: number | null;
  life_imprisonment: number;
  death_penalty: number;
  fine: number | null;
  awarded: number | null;
}

function toCase(r: Row): CorpusCase {
  return {
    id: r.id,
    source: r.source,
    kind: r.kind,
    court: r.court,
    courtLevel: r.court_level,
    region: r.region,
    caseNumber: r.case_number,
    causes: JSON.parse(r.causes) as string[],
    decidedOn: r.decided_on,
    parties: r.parties,
    facts: r.facts,
    reasoning: r.reasoning,
    result: r.result,
    cited: JSON.parse(r.cited) as CorpusCase['cited'],
    outcome: {
      prisonMonths: r.prison_months,
      lifeImprisonment: r.life_imprisonment === 1,
      deathPenalty: r.death_penalty === 1,
      fine: r.fine,
      awarded: r.awarded,
    },
  };
}

/** The cases with these ids, by id (missing ids are simply absent). */
export function loadCases(db: Db, ids: readonly number[]): Map<number, CorpusCase> {
  const out = new Map<number, CorpusCase>();
  const stmt = db.prepare('SELECT * FROM cases WHERE id = ?');
  for (const id of new Set(ids)) {
    const row = stmt.get(id) as Row | undefined;
    if (row) out.set(id, toCase(row));
  }
  return out;
}
