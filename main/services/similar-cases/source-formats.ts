// Each data set in the team data folder has its own JSON shape; this turns one parsed line into
// case records (or says why it cannot), recognising the shape by its fields.
import { createHash } from 'node:crypto';
import { intToChinese } from '../../../shared/domain/chinese-numerals';
import type { CaseProblemReason, CaseRecord } from './case-record';
import { emptyOutcome } from './case-record';
import { courtLevelOf, regionOf } from './court-info';
import { accusedCharges, chargesIn, normaliseCharge, reportedCharges, splitJudgment } from './judgment-sections';
import { lastDateIn, outcomeOf } from './outcome-parser';

export type Parsed = { ok: true; record: CaseRecord } | { ok: false; reason: CaseProblemReason; source: string; where: string };

const MIN_FACTS = 20;

/** Same key as the criminal-judgment trainer's held-out list (models/training/criminal_judgment/data.py). */
export function factKey(fact: string): string {
  return createHash('sha256').update(fact.replace(/\s+/g, ''), 'utf8').digest('hex').slice(0, 16);
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function criminalLawCitation(articles: readonly number[]): string {
  if (articles.length === 0) return '';
  return `《中华人民共和国刑法》${articles.map((n) => `第${intToChinese(n)}条`).join('、')}`;
}

function record(partial: Partial<CaseRecord> & Pick<CaseRecord, 'source' | 'sourceId' | 'kind' | 'facts'>): Parsed {
  const facts = partial.facts.trim();
  if ([...facts].length < MIN_FACTS) return { ok: false, reason: 'no-facts', source: partial.source, where: partial.sourceId };
  const court = partial.court ?? null;
  const caseNumber = partial.caseNumber ?? null;
  return {
    ok: true,
    record: {
      court,
      courtLevel: court ? courtLevelOf(court) : null,
      region: regionOf(court, caseNumber, facts),
      caseNumber,
      causes: [],
      decidedOn: null,
      parties: '',
      reasoning: '',
      result: '',
      citationText: '',
      outcome: emptyOutcome,
      ...partial,
      facts,
    },
  };
}

function fromCail(o: Obj): Parsed {
  const meta = o.meta as Obj;
  const fact = str(o.fact);
  const term = (meta.term_of_imprisonment ?? {}) as Obj;
  const articles = Array.isArray(meta.relevant_articles) ? (meta.relevant_articles as number[]) : [];
  const months = typeof term.imprisonment === 'number' && term.imprisonment > 0 ? term.imprisonment : null;
  return record({
    source: 'cail2018',
    sourceId: factKey(fact),
    kind: '刑事',
    facts: fact,
    causes: ((meta.accusation as string[] | undefined) ?? []).map(normaliseCharge),
    parties: ((meta.criminals as string[] | undefined) ?? []).map((c) => `被告人${c}`).join('，'),
    citationText: criminalLawCitation(articles),
    outcome: {
      prisonMonths: months,
      lifeImprisonment: term.life_imprisonment === true,
      deathPenalty: term.death_penalty === true,
      fine: typeof meta.punish_of_money === 'number' && meta.punish_of_money > 0 ? meta.punish_of_money : null,
      awarded: null,
    },
  });
}

function fromEpm(o: Obj): Parsed {
  const time = typeof o.time === 'number' && o.time > 0 ? o.time : null;
  return record({
    source: 'epm_ljpe',
    sourceId: String(o.id),
    kind: '刑事',
    facts: str(o.fact_cut),
    causes: [normaliseCharge(str(o.accu))],
    citationText: typeof o.law === 'number' ? criminalLawCitation([o.law]) : '',
    outcome: { ...emptyOutcome, prisonMonths: time },
  });
}

/** A full judgment text (JuDGE fd, LeCaRDv2 query): sections, charges, outcome from the text itself. */
function fromJudgment(source: string, sourceId: string, text: string, factsOverride: string, cited: readonly number[] = []): Parsed {
  const s = splitJudgment(text);
  if (s.documentType && s.documentType !== '判决书') return { ok: false, reason: 'not-a-judgment', source, where: sourceId };
  const civil = /民事/.test(text.slice(0, 80));
  return record({
    source,
    sourceId,
    kind: civil ? '民事' : '刑事',
    court: s.court,
    caseNumber: s.caseNumber,
    facts: factsOverride || s.facts,
    parties: s.parties,
    reasoning: s.reasoning,
    result: s.result,
    causes: civil ? [] : s.result || s.reasoning ? chargesIn(s.result || s.reasoning) : accusedCharges(text),
    // The date is signed after the operative part, before the appended article texts.
    decidedOn: s.result ? lastDateIn(text.slice(text.indexOf(s.result) + s.result.length).split('附：')[0] ?? '') : null,
    citationText: s.citationText || criminalLawCitation(cited),
    outcome: outcomeOf(s.result, civil),
  });
}

function fromMud(o: Obj): Parsed {
  const labels = Array.isArray(o.labels) ? (o.labels as Obj[]) : [];
  const charges = [...new Set(labels.map((l) => normaliseCharge(str(l.charge))).filter((c) => c !== '罪'))];
  return record({ source: 'mud', sourceId: str(o.id), kind: '刑事', facts: str(o.facts), causes: charges });
}

function fromScmDoc(text: string): Parsed {
  const s = splitJudgment(text);
  const claimAt = text.search(/诉称/);
  return record({
    source: 'scm',
    sourceId: factKey(text),
    kind: '民事',
    facts: s.facts || text,
    parties: claimAt > 0 ? text.slice(0, text.lastIndexOf('。', claimAt) + 1).trim() : '',
    causes: ['民间借贷纠纷'],
  });
}

function fromCjrc(o: Obj): Parsed[] {
  const out: Parsed[] = [];
  for (const item of (o.data as Obj[]) ?? []) {
    const civil = item.domain === 'civil';
    for (const p of (item.paragraphs as Obj[]) ?? []) {
      const cause = str(p.casename);
      out.push(
        record({
          source: 'cjrc',
          // caseid restarts at 1 in each CJRC file: the facts identify a passage.
          sourceId: factKey(str(p.context)),
          kind: civil ? '民事' : '刑事',
          facts: str(p.context),
          causes: cause ? [civil ? cause : normaliseCharge(cause)] : [],
        }),
      );
    }
  }
  return out;
}

/** LawCrimeMining text: `category:…`, `title:…`, `publictime:…`, `content:` then the body. */
function fromLawCrimeMining(o: Obj): Parsed {
  const text = str(o.text);
  const file = str(o.file);
  const header = (key: string) => new RegExp(`^${key}:(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  const title = header('title');
  const body = text.slice(text.indexOf('content:') + 'content:'.length).trim();
  if (/裁定书|决定书|通知书/.test(title)) return { ok: false, reason: 'not-a-judgment', source: 'lawcrimemining', where: file };
  const civil = header('category') === '民事';
  if (/判决书/.test(title)) return fromJudgment('lawcrimemining', file, body, '');
  return record({
    source: 'lawcrimemining',
    sourceId: file,
    kind: civil ? '民事' : '刑事',
    facts: body,
    causes: civil ? [] : reportedCharges(body),
    decidedOn: /^\d{4}-\d{2}-\d{2}$/.test(header('publictime')) ? header('publictime') : null,
    outcome: outcomeOf(body, civil),
  });
}

/** The records one source line holds (most hold one; a CJRC file or an SCM triplet several). */
export function parseCaseLine(o: unknown): Parsed[] {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return [{ ok: false, reason: 'unknown-format', source: '?', where: '' }];
  const x = o as Obj;
  if (typeof x.fact === 'string' && typeof x.meta === 'object' && x.meta !== null) return [fromCail(x)];
  if (typeof x.fact_cut === 'string') return [fromEpm(x)];
  if (typeof x.text_id === 'string' && typeof x.fd === 'string') {
    return [fromJudgment('judge_test', x.text_id, x.fd, str(x.text), Array.isArray(x.la) ? (x.la as number[]) : [])];
  }
  if (typeof x.facts === 'string' && Array.isArray(x.labels)) return [fromMud(x)];
  if (typeof x.query === 'string' && typeof x.fact === 'string') return [fromJudgment('lecard_v2', String(x.id), x.query, x.fact)];
  if (typeof x.A === 'string' && typeof x.B === 'string' && typeof x.C === 'string') return [x.A, x.B, x.C].map(fromScmDoc);
  if (Array.isArray(x.data) && typeof x.version === 'string') return fromCjrc(x);
  if (typeof x.file === 'string' && typeof x.text === 'string' && x.text.includes('content:')) return [fromLawCrimeMining(x)];
  return [{ ok: false, reason: 'unknown-format', source: '?', where: Object.keys(x).slice(0, 4).join(',') }];
}
