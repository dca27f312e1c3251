// 智能辅助 in the case view, in Chromium: 类案推送 and 裁判辅助 for a criminal case whose facts come
// from the 起诉书 in its dossier; the defendant's name (from the case record) never reaches the
// search; each result carries its reason and 仅供参考.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataFolder, statuteFolder } from '../../main/services/laws';
import { dossierCorrect } from '../../shared/contract/channels/dossier';
import { CasesPage } from './pages/cases-page';
import { createCase, importDossier, invokeApi } from './support/api';
import { importCaseSample } from './support/case-corpus';
import type { JudgeDesk } from './support/open-judgedesk';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';

const hasData = existsSync(join(statuteFolder(), 'db_law.jsonl')) && existsSync(join(sharedDataFolder(), 'cases', 'cail2018'));
const defendant = '郑晓川';
const caseNumber = '（2026）浙0106刑初88号';
const indictment = [
  '浙江省杭州市西湖区人民检察院',
  '起诉书',
  `被告人${defendant}，男，1990年4月2日出生，汉族，无业。`,
  `经依法审查查明：2025年9月12日22时许，被告人${defendant}在杭州市西湖区某小区地下车库内，撬开被害人停放的电动自行车车锁，盗窃电动自行车一辆，经鉴定价值人民币3200元。`,
  `2025年9月20日，被告人${defendant}在某商场内趁被害人不备，窃取其手机一部，价值人民币4500元。被告人${defendant}到案后如实供述了自己的罪行，赃物已追回发还被害人。`,
  '本院认为，被告人的行为已触犯《中华人民共和国刑法》第二百六十四条，犯罪事实清楚，证据确实、充分，应当以盗窃罪追究其刑事责任。',
].join('\n');

let desk: JudgeDesk;
let page: Page;

/** A fresh page with the case open in the 案件 page, its 智能辅助 panel in view. */
async function openCase(): Promise<void> {
  await desk.reopen();
  await new CasesPage(page).open(caseNumber);
}

describe.skipIf(!hasData)('智能辅助 panel in the case view (Chromium)', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'cases',
      viewport: { width: 1440, height: 1000 },
      prepare: (dataDir) => importCaseSample(dataDir),
      // The criminal case and its 起诉书, catalogued as 起诉状: read by both tests, changed by neither.
      afterStart: async (started) => {
        const { id } = await createCase(started, {
          caseNumber,
          causeOfAction: '盗窃罪',
          procedure: 'criminal-ordinary',
          court: '浙江省杭州市西湖区人民法院',
          parties: [{ role: '被告人', name: defendant, kind: 'person', idNumber: '', address: '', phone: '', agent: '' }],
        });
        const file = join(started.dataDir, '起诉书.txt');
        writeFileSync(file, indictment);
        const [outcome] = await importDossier(started, id, [file]);
        await invokeApi(started, dossierCorrect, { id: outcome?.documentId ?? '', category: '起诉状' });
      },
    });
    ({ page } = desk);
  }, 240_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('pushes explained similar cases from the 起诉书, without the defendant’s name in the query', async () => {
    await openCase();
    const panel = page.getByTestId('case-assist-panel');
    await panel.scrollIntoViewIfNeeded();
    await panel.getByTestId('case-assist-similar-run').click();
    await panel.getByTestId('similar-result').first().waitFor({ timeout: 60_000 });
    expect(await panel.getByTestId('case-assist-source').innerText()).toContain('起诉书.txt');
    expect(await panel.getByTestId('similar-result').count()).toBe(5);
    for (const reason of await panel.getByTestId('similar-reason').allInnerTexts())
      expect(reason.replace('推送理由：', '').trim()).not.toBe('');
    expect(await panel.getByTestId('similar-result').first().innerText()).toContain('盗窃');
    expect(await panel.getByTestId('ai-notice').first().innerText()).toContain('仅供参考');
    await panel.getByTestId('similar-compare-open').first().click();
    const drawer = page.getByTestId('similar-compare');
    await drawer.waitFor();
    const query = await drawer.getByTestId('compare-query').innerText();
    expect(query).toContain('盗窃电动自行车');
    expect(query).not.toContain(defendant);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await panel.screenshot({ path: `${screenshots}/case-assist-similar.png` });
  }, 120_000);

  it('estimates charges, articles and term for the case, with 仅供参考', async () => {
    await openCase();
    const panel = page.getByTestId('case-assist-panel');
    await panel.getByRole('tab', { name: '裁判辅助' }).click();
    await panel.getByTestId('case-assist-judgment-run').click();
    await panel.getByTestId('deviation-results').waitFor({ timeout: 60_000 });
    await expect(panel.getByTestId('deviation-charge').first().textContent()).resolves.toContain('盗窃');
    await expect(panel.getByTestId('deviation-results').getByTestId('ai-notice').first().textContent()).resolves.toContain('仅供参考');
    expect(await panel.locator('[data-testid="deviation-passage"] mark').count()).toBeGreaterThan(0);
    // Each charge says where it comes from and which 分则 articles it carries; 总则 circumstances are their own list.
    await expect(panel.getByTestId('deviation-charge').first().getByTestId('charge-source').textContent()).resolves.toBe('模型');
    await expect(panel.getByTestId('deviation-charge').first().getByTestId('charge-articles').textContent()).resolves.toContain(
      '第二百六十四条',
    );
    const general = panel.getByTestId('deviation-general');
    const confession = general.getByTestId('general-article').filter({ hasText: '第六十七条' });
    await expect(confession.textContent()).resolves.toContain('坦白');
    await confession.click();
    await expect(general.getByTestId('general-article-trigger').first().textContent()).resolves.toContain('如实供述');
    await panel.screenshot({ path: `${screenshots}/case-assist-judgment.png` });
    await panel.getByTestId('deviation-charges').screenshot({ path: `${screenshots}/case-assist-judgment-charges.png` });
  }, 120_000);
});
