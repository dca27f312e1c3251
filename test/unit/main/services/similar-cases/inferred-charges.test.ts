// 推定罪名 through real parts: a temp knowledge.db holding real 受贿罪 and 非国家工作人员受贿罪
// judgments (and a few neighbours) from the team data folder, the shipped criminal-judgment ONNX
// model in the inference worker, and the similar-case service as the api calls it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../../../main/inference/inference-host';
import { AuditLog } from '../../../../../main/services/audit';
import {
  chargeDistinctions,
  CriminalGrounding,
  groundedChargeNames,
  loadChargeCatalogue,
  modelChargeLabels,
} from '../../../../../main/services/judgment';
import { LawService, sharedDataFolder } from '../../../../../main/services/laws';
import { CaseWriter, SimilarCaseService, criminalModelCharges, searchSimilar } from '../../../../../main/services/similar-cases';
import type { ChargePredictor, SimilarSearchAnswer, SimilarSearchRequest } from '../../../../../main/services/similar-cases';
import { parseCaseLine } from '../../../../../main/services/similar-cases/source-formats';
import type { Db } from '../../../../../main/store/database';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { workspaceMigrations } from '../../../../../main/store/migrations/workspace';
import { tempDir } from '../../../../helpers/temp-app';
import { dataFolder, hasCaseData } from './case-data';

const modelsDir = join(process.cwd(), 'models');
const bribery = '受贿罪';
const privateBribery = '非国家工作人员受贿罪';
/** How many cases of each charge the store holds: the bribery pair and neighbours that share words. */
const wanted: Record<string, number> = { [bribery]: 10, [privateBribery]: 10, 贪污罪: 5, 职务侵占罪: 5 };
/**
 * Other criminal cases around them: the lexical search drops words found in more than 5 % of the
 * corpus, so twenty bribery cases need a few hundred others for 收受 or 好处费 to count.
 */
const others = 400;
const sources = [
  'cases/lawcrimemining/corpus_crime.jsonl',
  'cases/judge_test/test.json',
  'cases/cail2018/data_test.json',
  'cases/cail2018/data_train.json',
];

/**
 * Written for this test: a manager of a private company taking money for contracts, told in the
 * words of a 受贿罪 judgment (利用职务上的便利…为他人谋取利益…非法收受他人财物), no charge named.
 */
const companyKickbacks =
  '公诉机关指控：被告人张某在担任某置业有限公司工程部经理期间，利用职务上的便利，在工程发包、工程款拨付过程中为他人谋取利益，非法收受他人财物共计人民币五万元。';
/** Written for this test: a 财政所所长 (a state functionary) taking 28,900 元 (no charge named). */
const stateFunctionary =
  '公诉机关指控：被告人刘某在担任某镇财政所所长期间，利用职务上的便利，在为他人办理项目资金拨付过程中，非法收受他人财物共计人民币二万八千九百元，为他人谋取利益。被告人刘某到案后如实供述了自己的罪行。';

/** The first cases of each wanted charge (cases with exactly that one charge). */
function fillStore(db: Db): Map<number, string> {
  const writer = new CaseWriter(db);
  const left = new Map([...Object.entries(wanted), ['others', others]]);
  const chargeOf = new Map<number, string>();
  for (const source of sources) {
    for (const line of readFileSync(join(dataFolder, source), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const parsed of parseCaseLine(JSON.parse(line))) {
        const cause = parsed.ok && parsed.record.causes.length === 1 ? (parsed.record.causes[0] ?? '') : '';
        const other = source.endsWith('data_train.json') && !(cause in wanted) && (left.get('others') ?? 0) > 0;
        if (!parsed.ok || !((left.get(cause) ?? 0) > 0 || other)) continue;
        const id = writer.add(parsed.record);
        if (id === null) continue;
        const counted = other ? 'others' : cause;
        left.set(counted, (left.get(counted) ?? 0) - 1);
        chargeOf.set(id, cause);
      }
    }
  }
  return chargeOf;
}

describe.skipIf(!hasCaseData)('similar cases inherit the predicted charge (推定罪名)', () => {
  const tmp = tempDir('judgedesk-inferred-');
  let knowledge: Db;
  let workspace: Db;
  let host: InferenceHost;
  let service: SimilarCaseService;
  let chargeOf: Map<number, string>;
  let predictions = 0;

  /** The service as the api builds it, asking `predictCharges` for the charges a query implies. */
  const serviceWith = (predictCharges: ChargePredictor) =>
    new SimilarCaseService({
      knowledge,
      inference: host,
      modelsDir,
      audit: new AuditLog(workspace),
      isEnabled: () => true,
      emitProgress: () => undefined,
      predictCharges,
    });

  beforeAll(() => {
    knowledge = openDatabase({ file: join(tmp.dir, 'knowledge.db'), migrations: knowledgeMigrations });
    workspace = openDatabase({ file: join(tmp.dir, 'workspace.db'), migrations: workspaceMigrations });
    chargeOf = fillStore(knowledge);
    host = new InferenceHost({ modelsDir, isEnabled: () => true });
    const model = criminalModelCharges(host);
    // The shipped model, counted: a stated charge must not even ask it.
    service = serviceWith(async (facts, names) => {
      predictions += 1;
      return model(facts, names);
    });
  }, 60_000);

  afterAll(async () => {
    await host?.close();
    knowledge?.close();
    workspace?.close();
    tmp.cleanup();
  });

  const search = (query: string, extra: Partial<SimilarSearchRequest> = {}): Promise<SimilarSearchAnswer> =>
    service.search({ query, mode: 'facts', method: 'hybrid', k: 10, ...extra });
  const charges = (r: SimilarSearchAnswer) => r.results.map((hit) => chargeOf.get(hit.case.id));
  /** Results of `charge` that some other charge outranks. */
  const outranked = (r: SimilarSearchAnswer, charge: string) => {
    const list = charges(r);
    const lastOwn = list.lastIndexOf(charge);
    return list.slice(0, lastOwn).filter((c) => c !== charge).length;
  };

  it('holds both bribery charges', () => {
    const counts = [...chargeOf.values()].reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
    expect(counts.get(bribery)).toBe(wanted[bribery]);
    expect(counts.get(privateBribery)).toBe(wanted[privateBribery]);
  });

  it('infers the charge of a query that states none and ranks the cases of that charge first, each marked', async () => {
    const r = await search(companyKickbacks);
    expect(r.chargeInference).toMatchObject({ state: 'inferred', label: '推定罪名（仅供参考）', model: { id: 'criminal-judgment' } });
    expect(r.inferredCharges[0]?.name).toBe(privateBribery);
    expect(r.inferredCharges[0]?.confidence).toBeGreaterThan(0.3);
    expect(r.ai.summary).toContain(`推定罪名 ${privateBribery}`);
    const own = r.results.filter((hit) => chargeOf.get(hit.case.id) === privateBribery);
    expect(own.length).toBe(10);
    expect(outranked(r, privateBribery)).toBe(0);
    for (const hit of r.results) {
      const own = chargeOf.get(hit.case.id) === privateBribery;
      expect(hit.inferredChargeMatch ?? []).toEqual(own ? [privateBribery] : []);
      expect(hit.explanation.summary.includes(`与推定罪名相同：${privateBribery}（推定，仅供参考）`)).toBe(own);
    }

    // Text alone (the same search, inference switched off) mixes the charges: the signal is what sorts them.
    const textOnly = await search(companyKickbacks, { inferCharges: false });
    expect(outranked(textOnly, privateBribery)).toBeGreaterThan(0);
  }, 60_000);

  it('switched off for the query: nothing inferred, the ranking is the text-only ranking', async () => {
    const asked = predictions;
    const r = await search(companyKickbacks, { inferCharges: false });
    expect(predictions).toBe(asked);
    expect(r.chargeInference).toEqual({ state: 'off', label: '推定罪名（仅供参考）', model: null });
    expect(r.inferredCharges).toEqual([]);
    for (const hit of r.results) expect(hit.inferredChargeMatch).toEqual([]);
    const plain = await searchSimilar(knowledge, { query: companyKickbacks, mode: 'facts', method: 'hybrid', k: 10 }, null);
    expect(r.results.map((hit) => hit.case.id)).toEqual(plain.results.map((hit) => hit.case.id));
  }, 60_000);

  it('a stated charge (in the text or as a filter) is used and nothing is inferred', async () => {
    const asked = predictions;
    const inText = await search(`${companyKickbacks}公诉机关认为被告人张某构成受贿罪。`);
    expect(inText.chargeInference.state).toBe('stated');
    expect(inText.queryCauses).toEqual([bribery]);
    expect(inText.inferredCharges).toEqual([]);
    expect(charges(inText)[0]).toBe(bribery);
    const filtered = await search(companyKickbacks, { filters: { causes: ['受贿'] } });
    expect(filtered.chargeInference.state).toBe('stated');
    expect(filtered.inferredCharges).toEqual([]);
    expect(predictions).toBe(asked);
  }, 60_000);

  it('a 财政所所长 taking bribes gets 受贿罪 cases first once the prediction is grounded (主体 element check)', async () => {
    const grounding = new CriminalGrounding({
      laws: new LawService(knowledge),
      catalogue: () => loadChargeCatalogue({ dataFolder: sharedDataFolder(), modelsDir }),
      modelLabels: () => modelChargeLabels(modelsDir),
      distinctions: chargeDistinctions,
    });
    const grounded = serviceWith(groundedChargeNames(host, grounding));
    const r = await grounded.search({ query: stateFunctionary, mode: 'facts', method: 'hybrid', k: 10 });
    expect(r.inferredCharges[0]?.name).toBe(bribery);
    expect(
      charges(r)
        .slice(0, 5)
        .every((c) => c === bribery),
    ).toBe(true);
  }, 60_000);
});
