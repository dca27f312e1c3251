// 证据指引 and 案件信息回填 in Chromium over the demo 民间借贷 dossier: proposals accepted in the case
// form (nothing saved until 保存), the checklist with suggested statuses, a judge's mark that
// survives a reload, triage and service addresses; screenshots in test-results/e2e.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../main/api/caller';
import { openApp } from '../../main/app';
import { modelsDir } from '../../main/host/paths';
import { AuditLog } from '../../main/services/audit/audit-log';
import { DossierService } from '../../main/services/dossier';
import { openStores } from '../../main/store/stores';
import { CasesPage } from './pages/cases-page';
import { ShellPage } from './pages/shell-page';
import type { JudgeDesk } from './support/open-judgedesk';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';

const demoSources = join(import.meta.dirname, '../../resources/demo/sources');

let desk: JudgeDesk | undefined;
let page: Page;
let cases: CasesPage;
let consoleErrors: string[];

describe('证据指引 and 回填 in Chromium', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'cases',
      prepare: async (dataDir) => {
        // The case as 立案 leaves it: number, cause, court — no parties or claims typed yet.
        const app = openApp({ dataDir, host: 'cli', modelsDir });
        let caseId: string;
        try {
          const reply = await app.invoke(
            'cases.create',
            { caseNumber: '（2026）京0105民初1001号', causeOfAction: '民间借贷纠纷', procedure: 'civil-simple', court: '北京市朝阳区人民法院' },
            localCaller('cli'),
          );
          if (!reply.ok) throw new Error(reply.error.message);
          caseId = (reply.value as { id: string }).id;
        } finally {
          app.close();
        }
        const stores = openStores(dataDir);
        try {
          const dossier = new DossierService(stores.workspace, new AuditLog(stores.workspace));
          const files = readdirSync(demoSources).map((f) => ({ fileName: f, path: join(demoSources, f) }));
          await dossier.importFiles(caseId, files, { userId: '书记员', displayName: '书记员', roles: ['clerk'], role: 'clerk' });
          dossier.catalogue(caseId);
        } finally {
          stores.workspace.close();
          stores.knowledge.close();
        }
      },
    });
    ({ page, consoleErrors } = desk);
    cases = new CasesPage(page);
  });

  afterAll(async () => {
    await desk?.close();
  });

  it('backfill proposes the parties and claims with the source highlighted; accepted values reach the case only on 保存', async () => {
    await cases.rows().first().click();
    await cases.waitForDetailVersion(1);
    await page.getByTestId('case-edit').click();
    await cases.form().waitFor();
    await page.getByTestId('case-backfill').click();
    const drawer = page.getByTestId('backfill-drawer');
    await drawer.getByTestId('backfill-party').first().waitFor();
    expect(await drawer.getByTestId('backfill-party').count()).toBe(2);
    const name = drawer.getByTestId('backfill-p0.name');
    expect(await name.getByTestId('backfill-highlight').innerText()).toBe('周晓岚');
    expect(await drawer.getByTestId('backfill-p0.idNumber').innerText()).toContain('110105198603120028');
    expect(await drawer.getByTestId('backfill-c0').innerText()).toContain('80,000 元');
    await page.screenshot({ path: `${screenshots}/backfill-drawer.png` });

    await drawer.getByTestId('backfill-apply-all').click();
    await drawer.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('case-party-0-name').inputValue()).toBe('周晓岚');
    expect(await page.getByTestId('case-party-1-name').inputValue()).toBe('吴建平');
    expect(await page.getByTestId('case-claim-0-amount').inputValue()).toBe('80000');
    expect(await page.getByTestId('case-form').getAttribute('data-dirty')).toBe('true');
    await page.screenshot({ path: `${screenshots}/backfill-form.png`, fullPage: true });
    await page.getByTestId('case-save').click();
    await cases.waitForDetailVersion(2);
    expect(await page.getByTestId('case-detail-parties').innerText()).toContain('周晓岚');
  });

  it('the 民间借贷 checklist shows suggested statuses with the supporting documents', async () => {
    await new ShellPage(page).navigate('evidence');
    const panel = page.getByTestId('checklist-panel');
    await panel.waitFor();
    const agreement = page.getByTestId('checklist-item-agreement');
    expect(await agreement.getByTestId('suggestion').innerText()).toBe('卷宗中似有相应证据');
    expect(await agreement.getByTestId('evidence-ref').first().innerText()).toContain('06-借条.txt');
    expect(await page.getByTestId('checklist-item-guarantee').getByTestId('suggestion').innerText()).toBe('卷宗中未发现');
    expect(await page.getByTestId('ai-notice').first().innerText()).toContain('仅供参考');
    await page.screenshot({ path: `${screenshots}/evidence-checklist.png`, fullPage: true });
  });

  it('marking an item is kept after a reload; a required item marked 缺失 is flagged', async () => {
    const term = page.getByTestId('checklist-item-term');
    await term.getByText('已满足').click();
    await page.waitForSelector('[data-testid="checklist-item-term"] .ant-radio-button-wrapper-checked');
    const delivery = page.getByTestId('checklist-item-delivery');
    await delivery.getByText('缺失').click();
    await page.waitForSelector('[data-testid="checklist-item-delivery"][data-flagged="true"]');
    await page.reload();
    await new ShellPage(page).navigate('evidence');
    await page.getByTestId('evidence-case-select').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText('（2026）京0105民初1001号', { exact: false }).first().click();
    await page.getByTestId('checklist-panel').waitFor();
    expect(await page.getByTestId('checklist-item-term').locator('.ant-radio-button-wrapper-checked').innerText()).toBe('已满足');
    expect(await page.getByTestId('checklist-item-delivery').getAttribute('data-flagged')).toBe('true');
    await page.screenshot({ path: `${screenshots}/evidence-marked.png`, fullPage: true });
  });

  it('triage with its rules set in place, and service addresses for the same case', async () => {
    await page.keyboard.press('Alt+t');
    expect(await page.getByTestId('triage-track').innerText()).toBe('简案');
    // The court's administrator lowers the 繁 threshold (the local profile holds that role): the same case is 繁.
    await page.getByTestId('triage-rules').click();
    const threshold = page.getByTestId('triage-rules-form').locator('input').first();
    await threshold.fill('0');
    await page.getByTestId('triage-rules-save').click();
    await page.getByTestId('triage-rules-form').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-testid="triage-track"]')?.textContent === '繁案');
    await page.screenshot({ path: `${screenshots}/evidence-triage.png` });
    await page.keyboard.press('Alt+d');
    const first = page.getByTestId('address-panel').locator('tbody tr.ant-table-row').first();
    expect(await first.innerText()).toContain('送达地址确认书');
    await page.screenshot({ path: `${screenshots}/evidence-addresses.png` });
    expect(consoleErrors).toEqual([]);
  });
});
