import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appVersion } from '../../../../../main/app-version';
import type { DemoWorkspace } from '../../../../helpers/demo-dossier';
import { demoClerk, demoWorkspace } from '../../../../helpers/demo-dossier';

describe('SystemService', () => {
  let ws: DemoWorkspace;
  beforeEach(() => {
    ws = demoWorkspace();
  });
  afterEach(() => ws.close());

  it('names the acting person, the host, the version and the knowledge pack', () => {
    expect(ws.services.system.info('cli', demoClerk)).toEqual({
      appVersion,
      offline: true,
      host: 'cli',
      knowledgeVersion: null,
      user: { name: '许书记员', roles: ['clerk'] },
    });
    ws.services.stores.knowledge.prepare("INSERT INTO knowledge_meta (key, value) VALUES ('packVersion', '2026.11')").run();
    expect(ws.services.system.info('web', demoClerk)).toMatchObject({ host: 'web', knowledgeVersion: '2026.11' });
  });
});
