// 诉讼预期评估 in the case view, in Chromium: the demo 民间借贷 case (resources/demo) with its dossier,
// each claim with its estimated outcome, share interval, 要件 and comparable cases, 仅供参考; an
// intended award far below the interval gets a 偏离预警; the judge's acceptance is recorded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataFolder, statuteFolder } from '../../main/services/laws';
import { auditList } from '../../shared/contract/channels/audit';
import type { CaseInputDraft } from '../../shared/contract/channels/cases';
import { CasesPage } from './pages/cases-page';
import { catalogueDossier, createCase, importDossier, invokeApi } from './support/api';
import { importCaseSample } from './support/case-corpus';
import type { JudgeDesk } from './support/open-judgedesk';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';

const hasData = existsSync(join(statuteFolder(), 'db_law.jsonl')) && existsSync(join(sharedDataFolder(), 'scm'));
const demo = join(import.meta.dirname, '../../resources/demo');
const demoCase = (JSON.parse(readFileSync(join(demo, 'cases.json'), 'utf8')) as Array<{ case: CaseInputDraft }>)[0]!.case;

let desk: JudgeDesk;
let page: Page;

describe.skipIf(!hasData)('诉讼预期评估 in the case view (Chromium)', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'cases',
      viewport: { width: 1440, height: 1000 },
      prepare: (dataDir) => importCaseSample(dataDir),
      afterStart: async (started) => {
        const { id } = await createCase(started, demoCase);
        const sources = join(demo, 'sources');
        await importDossier(
          started,
          id,
          readdirSync(sources).map((f) => join(sources, f)),
        );
        await catalogueDossier(started, id);
      },
    });
    ({ page } = desk);
  }, 240_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('estimates each claim of the demo 民间借贷 case with its interval, elements and comparable cases', async () => {
    await new CasesPage(page).open(demoCase.caseNumber);
    const card = page.getByTestId('civil-outlook');
    await card.scrollIntoViewIfNeeded();
    await card.getByTestId('civil-outlook-run').click();
    const results = card.getByTestId('civil-outlook-results');
    await results.waitFor({ timeout: 60_000 });
    expect(await results.getByTestId('ai-notice').first().innerText()).toContain('仅供参考');
    const first = card.getByTestId('civil-outlook-claim-0');
    expect(await first.innerText()).toContain('本金');
    expect(await first.getByTestId('civil-outlook-likely').innerText()).toMatch(/全部支持|部分支持|驳回/);
    expect(await first.getByTestId('civil-outlook-share').innerText()).toMatch(/区间 \d+%–\d+%/);
    expect(await first.innerText()).toContain('借贷合意');
    expect(await card.getByTestId('civil-outlook-claim-1').innerText()).toContain('利息');
    expect(await card.getByTestId('civil-outlook-comparables').innerText()).toContain('民间借贷');

    // An intended award of 1 元 on an 80,000 元 claim sits below any interval that starts above 0.
    await first.getByTestId('civil-outlook-proposed-0').fill('1');
    await card.getByTestId('civil-outlook-rerun').click();
    await card.getByTestId('civil-outlook-deviation-0').waitFor({ timeout: 60_000 });
    expect(await card.getByTestId('civil-outlook-deviation-0').innerText()).toMatch(/估计区间/);

    await card.getByTestId('civil-outlook-accept').click();
    await page.getByText('已记录').first().waitFor();
    const { entries } = await invokeApi(desk.host, auditList, { limit: 5 });
    expect(entries.some((e) => e.kind === 'decision')).toBe(true);
    await first.screenshot({ path: `${screenshots}/civil-outlook-claim.png` });
    await page.screenshot({ path: `${screenshots}/civil-outlook.png`, fullPage: true });
    expect(desk.consoleErrors).toEqual([]);
  }, 180_000);
});
