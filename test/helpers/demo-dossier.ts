import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallerContext } from '../../main/api/caller';
import { localCaller } from '../../main/api/caller';
import type { Api } from '../../main/api/dispatch';
import { createApi } from '../../main/api/dispatch';
import { routes } from '../../main/api/routes';
import type { Services } from '../../main/api/services';
import { buildServices } from '../../main/app';
import { openStores } from '../../main/store/stores';
import { caseInputSchema } from '../../shared/contract/channels/cases';
import type { ImportOutcome } from '../../shared/contract/channels/dossier';
import type { Actor } from '../../shared/contract/roles';
import { tempDir } from './temp-app';
import { afterAll, beforeAll } from 'vitest';

export const demoSources = join(import.meta.dirname, '../../resources/demo/sources');

export const demoJudge: Actor = { userId: 'lin', displayName: '林法官', roles: ['judge'], role: 'judge' };
export const demoClerk: Actor = { userId: 'xu', displayName: '许书记员', roles: ['clerk'], role: 'clerk' };
export const demoAdmin: Actor = { userId: 'he', displayName: '何管理员', roles: ['admin'], role: 'admin' };

export interface DemoWorkspace {
  services: Services;
  api: Api;
  dataDir: string;
  /** Calls a channel as the local profile; throws with the code and message on a refusal. */
  value<T = unknown>(channel: string, payload: unknown, caller?: CallerContext): Promise<T>;
  close(): void;
}

/** Every service over real SQLite files in a temp folder (built by buildServices), with the real routes. */
export function demoWorkspace(): DemoWorkspace {
  const tmp = tempDir();
  const dataDir = join(tmp.dir, 'data');
  const modelsDir = join(tmp.dir, 'models');
  mkdirSync(modelsDir);
  const services = buildServices({ stores: openStores(dataDir), dataDir, modelsDir });
  const api = createApi(services, routes);
  const caller = localCaller('web');
  return {
    services,
    api,
    dataDir,
    async value<T>(channel: string, payload: unknown, who: CallerContext = caller): Promise<T> {
      const r = await api.invoke(channel, payload, who);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as T;
    },
    close() {
      void services.inference.close();
      services.stores.close();
      tmp.cleanup();
    },
  };
}

/** The form of the demo 民间借贷 case (周晓岚 诉 吴建平), as the case screen sends it. */
export function demoLoanCaseInput(caseNumber = '（2026）京0105民初1001号') {
  return {
    caseNumber,
    causeOfAction: '民间借贷纠纷',
    procedure: 'civil-simple',
    court: '北京市朝阳区人民法院',
    parties: [
      { role: '原告', name: '周晓岚', kind: 'person' },
      { role: '被告', name: '吴建平', kind: 'person' },
    ],
    claims: [{ text: '判令被告偿还借款本金人民币80000元', amount: 80000 }],
  };
}

/** One channel call that throws on a refusal, as the caller the test chose. */
export type ChannelValue = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * Imports the demo dossier into a case the way the clerk's screen does it: stages each file,
 * imports them, catalogues them. Returns what dossier.import answered.
 */
export async function importDemoDossier(value: ChannelValue, caseId: string): Promise<{ outcomes: ImportOutcome[] }> {
  const files = [];
  for (const fileName of readdirSync(demoSources).filter((f) => f.endsWith('.txt'))) {
    const staged = (await value('dossier.stage', {
      fileName,
      base64: readFileSync(join(demoSources, fileName)).toString('base64'),
    })) as { uploadId: string };
    files.push({ uploadId: staged.uploadId, fileName });
  }
  const imported = (await value('dossier.import', { caseId, files })) as { outcomes: ImportOutcome[] };
  await value('dossier.catalogue', { caseId });
  return imported;
}

/** The demo 民间借贷 case, with the demo dossier imported and catalogued unless `withDossier` is false. */
export async function addDemoLoanCase(ws: DemoWorkspace, options: { withDossier?: boolean; caseNumber?: string } = {}): Promise<string> {
  const created = ws.services.cases.create(caseInputSchema.parse(demoLoanCaseInput(options.caseNumber)), demoJudge);
  if (options.withDossier !== false) await importDemoDossier((channel, payload) => ws.value(channel, payload), created.id);
  return created.id;
}

export interface DemoLoanWorkspace {
  ws: DemoWorkspace;
  /** The demo case with its dossier. */
  caseId: string;
  /** A second demo case with no documents, when asked for. */
  bare: string;
}

/**
 * For a describe block: opens a demo workspace with the demo case before its tests and closes it
 * after them. The fields are filled in once the tests run.
 */
export function useDemoLoanWorkspace(options: { bare?: boolean } = {}): DemoLoanWorkspace {
  const demo = {} as DemoLoanWorkspace;
  beforeAll(async () => {
    demo.ws = demoWorkspace();
    demo.caseId = await addDemoLoanCase(demo.ws);
    if (options.bare) demo.bare = await addDemoLoanCase(demo.ws, { withDossier: false, caseNumber: '（2026）京0105民初1002号' });
  }, 60_000);
  afterAll(() => demo.ws?.close());
  return demo;
}
