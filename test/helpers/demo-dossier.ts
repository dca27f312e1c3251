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
import type { Actor } from '../../shared/contract/roles';
import { tempDir } from './temp-app';

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

/**
 * The demo 民间借贷 case (周晓岚 诉 吴建平) with the demo dossier imported and catalogued the way the
 * clerk's screen does it: staged, imported, catalogued through the channels.
 */
export async function addDemoLoanCase(ws: DemoWorkspace, options: { withDossier?: boolean; caseNumber?: string } = {}): Promise<string> {
  const created = ws.services.cases.create(
    caseInputSchema.parse({
      caseNumber: options.caseNumber ?? '（2026）京0105民初1001号',
      causeOfAction: '民间借贷纠纷',
      procedure: 'civil-simple',
      court: '北京市朝阳区人民法院',
      parties: [
        { role: '原告', name: '周晓岚', kind: 'person' },
        { role: '被告', name: '吴建平', kind: 'person' },
      ],
      claims: [{ text: '判令被告偿还借款本金人民币80000元', amount: 80000 }],
    }),
    demoJudge,
  );
  if (options.withDossier === false) return created.id;
  const files = [];
  for (const fileName of readdirSync(demoSources).filter((f) => f.endsWith('.txt'))) {
    const staged = await ws.value<{ uploadId: string }>('dossier.stage', {
      fileName,
      base64: readFileSync(join(demoSources, fileName)).toString('base64'),
    });
    files.push({ uploadId: staged.uploadId, fileName });
  }
  await ws.value('dossier.import', { caseId: created.id, files });
  await ws.value('dossier.catalogue', { caseId: created.id });
  return created.id;
}
