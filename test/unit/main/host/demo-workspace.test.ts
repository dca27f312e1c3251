import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import { demoFolder, demoMarker, loadDemoWorkspace } from '../../../../main/host/demo-workspace';
import { runFirstRun } from '../../../../main/host/first-run';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

const caller = localCaller('web');

/**
 * The real resources/demo/cases.json with the demo's text documents only (the scans need OCR, which
 * the DossierService test covers), so this runs in seconds.
 */
function textOnlyDemo(dir: string): string {
  const folder = join(dir, 'demo');
  mkdirSync(join(folder, 'documents'), { recursive: true });
  copyFileSync(join(demoFolder, 'cases.json'), join(folder, 'cases.json'));
  for (const f of readdirSync(join(demoFolder, 'documents')).filter((f) => /\.(txt|docx)$/.test(f))) {
    copyFileSync(join(demoFolder, 'documents', f), join(folder, 'documents', f));
  }
  return folder;
}

describe('demo workspace', () => {
  let t: TempApp;
  const lines: string[] = [];
  beforeEach(() => {
    t = openTempApp();
    lines.length = 0;
  });
  afterEach(() => t.cleanup());

  it('creates the demo case with its catalogued dossier in an empty workspace, once', async () => {
    const folder = textOnlyDemo(t.dir);
    expect(await loadDemoWorkspace(t.app, caller, (l) => lines.push(l), folder)).toBe('loaded');
    const list = (await t.app.invoke('cases.list', {}, caller)) as {
      ok: true;
      value: { items: Array<{ id: string; caseNumber: string }> };
    };
    expect(list.value.items.map((c) => c.caseNumber)).toEqual(['（2026）京0105民初1001号']);
    const dossier = (await t.app.invoke('dossier.list', { caseId: list.value.items[0]!.id }, caller)) as {
      ok: true;
      value: { documents: Array<{ fileName: string; category: string | null }> };
    };
    expect(dossier.value.documents).toHaveLength(readdirSync(join(folder, 'documents')).length);
    expect(dossier.value.documents.every((d) => d.category !== null)).toBe(true);
    expect(dossier.value.documents[0]).toMatchObject({ fileName: '01-民事起诉状.docx', category: '起诉状' });
    expect(existsSync(join(t.dataDir, demoMarker))).toBe(true);
    expect(await loadDemoWorkspace(t.app, caller, () => undefined, folder)).toBe('already');
  });

  it('leaves a workspace that already has cases alone', async () => {
    await t.app.invoke(
      'cases.create',
      { caseNumber: '（2026）京0105民初1号', causeOfAction: '买卖合同纠纷', procedure: 'civil-simple', court: '某法院' },
      caller,
    );
    expect(await loadDemoWorkspace(t.app, caller, () => undefined, textOnlyDemo(t.dir))).toBe('not-empty');
    const list = (await t.app.invoke('cases.list', {}, caller)) as { ok: true; value: { total: number } };
    expect(list.value.total).toBe(1);
  });

  it('is not loaded by a first run that opts out', async () => {
    const env = { JUDGEDESK_SHARED_DATA: join(t.dir, 'absent'), JUDGEDESK_NO_DEMO: '1' };
    await runFirstRun({ app: t.app, host: 'web', env, log: () => undefined, demo: true });
    expect(existsSync(join(t.dataDir, demoMarker))).toBe(false);
  });
});
