import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataFolder, statuteFolder } from '../../main/services/laws';
import type { JudgeDesk } from './support/open-judgedesk';
import { importCaseSample } from './support/case-corpus';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';

const hasData = existsSync(join(statuteFolder(), 'db_law.jsonl')) && existsSync(join(sharedDataFolder(), 'cases', 'cail2018'));
if (!hasData) console.warn('跳过类案端到端测试：找不到团队数据目录（可用 JUDGEDESK_SHARED_DATA 指定）');

const facts =
  '公诉机关指控：2018年3月5日，被告人王某在某超市内盗窃香烟两条，价值人民币八百元，后被当场抓获。被告人王某到案后如实供述自己的罪行，退赔被害人损失并取得谅解。';

/** States no charge; the criminal-judgment model is sure of it (the theft above it is not). */
const drunkDriving =
  '公诉机关指控：2018年5月2日22时许，被告人李某饮酒后驾驶小型轿车在某市某路行驶，被执勤民警当场查获。经鉴定，被告人李某血液中乙醇含量为182mg/100ml，属醉酒驾驶机动车。被告人李某到案后如实供述了自己的罪行。';

let desk: JudgeDesk;
let page: Page;

/** A fresh page with the facts pushed (Ctrl+Enter) and their results shown. */
async function pushFacts(text = facts): Promise<void> {
  await desk.reopen();
  await page.getByTestId('similar-corpus').waitFor();
  await page.getByTestId('similar-query').fill(text);
  await page.getByTestId('similar-query').press('Control+Enter');
  await page.getByTestId('similar-results').waitFor();
}

describe.skipIf(!hasData)('类案推送 page in Chromium', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'similar-cases',
      viewport: { width: 1440, height: 1000 },
      // Statutes and a real case sample (200 lines of each corpus file) as a pack import would leave them.
      prepare: (dataDir) => importCaseSample(dataDir),
    });
    ({ page } = desk);
  }, 240_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('pushes explained cases for typed facts (Ctrl+Enter), each with its reason, marked passages and 仅供参考', async () => {
    await pushFacts();
    const cards = page.getByTestId('similar-result');
    expect(await cards.count()).toBeGreaterThan(3);
    for (const reason of await page.getByTestId('similar-reason').allInnerTexts())
      expect(reason.replace('推送理由：', '').trim()).not.toBe('');
    expect(await page.getByTestId('similar-results').getByTestId('ai-notice').first().innerText()).toContain('仅供参考');
    expect(await cards.first().getByTestId('similar-mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshots}/similar-panel.png`, fullPage: false });
  });

  it('shows the 推定罪名 above the results, marks the cases that match it, and can rank by the text alone', async () => {
    await pushFacts(drunkDriving);
    const inferred = page.getByTestId('similar-inferred');
    expect(await inferred.getAttribute('data-state')).toBe('inferred');
    expect(await inferred.innerText()).toContain('推定罪名（仅供参考）');
    expect(await inferred.getByTestId('similar-inferred-charge').first().innerText()).toMatch(/^危险驾驶罪 \d+%$/);
    expect(await page.getByTestId('similar-inferred-match').first().innerText()).toBe('危险驾驶罪');
    expect(await page.getByTestId('similar-reason').first().innerText()).toContain('与推定罪名相同：危险驾驶罪（推定，仅供参考）');
    await page.screenshot({ path: `${screenshots}/similar-inferred.png` });
    const before = Number(await page.getByTestId('similar-results').getAttribute('data-audit-seq'));
    await inferred.getByTestId('similar-inferred-switch').click();
    await page.locator('[data-testid="similar-inferred"][data-state="off"]').waitFor();
    expect(Number(await page.getByTestId('similar-results').getAttribute('data-audit-seq'))).toBeGreaterThan(before);
    expect(await page.getByTestId('similar-inferred-match').count()).toBe(0);
    await page.getByTestId('similar-inferred-switch').click();
    await page.locator('[data-testid="similar-inferred"][data-state="inferred"]').waitFor();
  });

  it('opens the compare view with passages marked on both sides and the elements side by side', async () => {
    await pushFacts();
    await page.getByTestId('similar-compare-open').first().click();
    const drawer = page.getByTestId('similar-compare');
    await drawer.waitFor();
    expect(await drawer.getByTestId('compare-query').getByTestId('similar-mark').count()).toBeGreaterThan(0);
    expect(await drawer.getByTestId('compare-candidate').getByTestId('similar-mark').count()).toBeGreaterThan(0);
    expect(await drawer.getByTestId('compare-elements').innerText()).toMatch(/坦白|取得谅解|退赃退赔/);
    await page.screenshot({ path: `${screenshots}/similar-compare.png` });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('records 不相关 in the audit trail', async () => {
    await pushFacts();
    const seq = Number(await page.getByTestId('similar-results').getAttribute('data-audit-seq'));
    await page.getByTestId('similar-irrelevant').first().click();
    await page.getByText('已记录：不相关（审计日志）').waitFor();
    const response = await page.evaluate(async () => {
      const r = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'audit.list', payload: { feature: 'similarCases', kind: 'decision', limit: 5, offset: 0 } }),
      });
      return (await r.json()) as { ok: boolean; value: { entries: Array<{ payload: { outputSeq: number; relevant: boolean } }> } };
    });
    expect(response.value.entries[0]?.payload).toMatchObject({ outputSeq: seq, relevant: false });
  });

  it('drafts the 类案检索报告, keeps the judge’s edited conclusion and exports it as DOCX', async () => {
    await pushFacts();
    await page.getByTestId('similar-report-open').click();
    const modal = page.getByTestId('similar-report');
    await modal.getByTestId('similar-report-conclusion').waitFor();
    await modal.getByTestId('similar-report-conclusion').fill('结论：本案参照类案的裁判尺度处理。');
    await page.screenshot({ path: `${screenshots}/similar-report.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), modal.getByTestId('similar-report-export').click()]);
    const file = await download.path();
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(file) });
    expect(text).toContain('类案检索报告');
    expect(text).toContain('检索主体');
    expect(text).toContain('结论：本案参照类案的裁判尺度处理。');
  });
});
