import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNetGuardLog } from '../net-guard/read-log';
import { CasesPage } from './pages/cases-page';
import { DossierPanelPage } from './pages/dossier-panel';
import type { JudgeDesk } from './support/open-judgedesk';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';
import type { WebHostProcess } from './support/web-host-process';

const demo = join(import.meta.dirname, '../../resources/demo/documents');

let desk: JudgeDesk | undefined;
let host: WebHostProcess;
let page: Page;
let dossier: DossierPanelPage;
let upload: string;
let consoleErrors: string[];

/** A mixed dossier: DOCX, text PDF, scanned PDF, PNG scan, TXT and one corrupt file. */
const files = [
  '01-民事起诉状.docx',
  '04-送达地址确认书.pdf',
  '06-借条（扫描件）.png',
  '07-银行转账凭证（扫描件）.pdf',
  '08-民事答辩状.txt',
];

describe('电子卷宗 in Chromium', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'cases',
      viewport: { width: 1440, height: 1000 },
      afterStart: (started) => {
        upload = join(started.dataDir, 'to-upload');
        mkdirSync(upload);
        writeFileSync(join(upload, '损坏的判决书.pdf'), '%PDF-1.7\n这不是一个完整的 PDF');
      },
    });
    ({ host, page, consoleErrors } = desk);
    dossier = new DossierPanelPage(page);
  });

  afterAll(async () => {
    await desk?.close();
  });

  it('creates a case and opens its empty dossier', async () => {
    const cases = new CasesPage(page);
    await cases.openNewForm();
    await cases.field('caseNumber').fill('(2026)京0105民初1001号');
    await cases.field('cause').locator('input').fill('民间借贷纠纷');
    await page.keyboard.press('Escape');
    await cases.field('court').fill('北京市朝阳区人民法院');
    await cases.choose('case-field-procedure', '民事简易程序');
    await page.getByTestId('case-party-0-name').fill('周晓岚');
    await page.getByTestId('case-party-1-name').fill('吴建平');
    await page.getByTestId('case-save').click();
    await cases.waitForDetailVersion(1);
    await dossier.panel().waitFor();
    expect(await dossier.panel().innerText()).toContain('0 份材料');
  });

  it('imports the mixed dossier with a progress bar per file; the corrupt file says why and the rest import', async () => {
    await dossier.importFiles([...files.map((f) => join(demo, f)), join(upload, '损坏的判决书.pdf')]);
    await dossier.waitForImport(6);
    const items = page.getByTestId('dossier-import-item');
    const stages = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-stage')));
    expect(stages).toEqual(['imported', 'imported', 'imported', 'imported', 'imported', 'failed']);
    expect(await items.nth(5).innerText()).toContain('「损坏的判决书.pdf」已损坏，无法作为 PDF 读取');
    expect(await items.nth(3).innerText()).toContain('其中 1 页经文字识别（OCR）');
    await page.getByTestId('dossier-ai-notice').waitFor();
    await page.locator('[data-testid="dossier-row"]').nth(4).waitFor();
  }, 320_000);

  it('shows the catalogue in archive order with confidences, reasons and 仅供参考', async () => {
    expect(await page.getByTestId('dossier-ai-notice').innerText()).toContain('仅供参考');
    const order = await page.locator('[data-testid="dossier-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')));
    expect(order).toEqual(['01-民事起诉状.docx', '04-送达地址确认书.pdf', '08-民事答辩状.txt', '06-借条（扫描件）.png', '07-银行转账凭证（扫描件）.pdf']);
    expect(await dossier.categoryOf('01-民事起诉状.docx')).toBe('起诉状');
    expect(await dossier.categoryOf('06-借条（扫描件）.png')).toBe('证据材料');
    const confidences = await page.getByTestId('dossier-confidence').allInnerTexts();
    expect(confidences).toHaveLength(5);
    for (const c of confidences) expect(c).toMatch(/^\d{1,3}%$/);
    await dossier.row('01-民事起诉状.docx').getByTestId('dossier-reason-link').hover();
    await page.getByTestId('dossier-reasons').waitFor();
    expect(await page.getByTestId('dossier-reasons').innerText()).toContain('民事起诉状');
    await page.screenshot({ path: `${screenshots}/dossier-catalogue.png`, fullPage: true });
    await page.mouse.move(0, 0);
  });

  it('records a correction of one category', async () => {
    await dossier.correct('07-银行转账凭证（扫描件）.pdf', '其他');
    expect(await dossier.categoryOf('07-银行转账凭证（扫描件）.pdf')).toBe('其他');
  });

  it('exports the archive package, verifies it, and names a tampered file', async () => {
    await dossier.row('07-银行转账凭证（扫描件）.pdf').getByTestId('dossier-corrected').waitFor();
    await page.getByTestId('dossier-archive').click();
    await page.getByTestId('dossier-archive-result').waitFor();
    expect(await page.getByTestId('dossier-archive-result').innerText()).toContain('5 件材料');
    await page.getByTestId('dossier-verify').click();
    await page.getByTestId('dossier-verify-result').waitFor();
    expect(await page.getByTestId('dossier-verify-result').innerText()).toContain('6 个文件的 sha256 均与清单一致');
    await page.screenshot({ path: `${screenshots}/dossier-archive.png`, fullPage: true });

    const archives = join(host.dataDir, 'archives');
    const [packageName] = readdirSync(archives);
    const [first] = readdirSync(join(archives, packageName!, '材料')).sort();
    appendFileSync(join(archives, packageName!, '材料', first!), '篡改');
    await page.getByTestId('dossier-verify').click();
    await page.locator('[data-testid="dossier-verify-result"].ant-alert-error').waitFor();
    expect(await page.getByTestId('dossier-verify-result').innerText()).toContain(`文件「材料/${first}」已被修改`);
  });

  it('made no network request off the machine and logged no errors', () => {
    expect(readNetGuardLog(host.netGuardLog)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
