import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNetGuardLog } from '../net-guard/read-log';
import { CasesPage } from './pages/cases-page';
import { DossierPanelPage } from './pages/dossier-panel';
import { catalogueDossier, createCase, importDossier } from './support/api';
import type { JudgeDesk } from './support/open-judgedesk';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';
import type { WebHostProcess } from './support/web-host-process';

const demo = join(import.meta.dirname, '../../resources/demo/documents');

let desk: JudgeDesk;
let host: WebHostProcess;
let page: Page;
let cases: CasesPage;
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

/**
 * A case of this test's own (`n` makes its 案号) opened in the 案件 page, its dossier empty or
 * holding the mixed files imported (scans read by OCR), and catalogued, through the API.
 */
async function openCase(n: number, dossierState: 'empty' | 'imported' | 'catalogued'): Promise<void> {
  const { id, caseNumber } = await createCase(host, {
    caseNumber: `(2026)京0105民初${n}号`,
    causeOfAction: '民间借贷纠纷',
    procedure: 'civil-simple',
    court: '北京市朝阳区人民法院',
    parties: [
      { role: '原告', name: '周晓岚', kind: 'person' },
      { role: '被告', name: '吴建平', kind: 'person' },
    ],
  });
  if (dossierState !== 'empty')
    await importDossier(
      host,
      id,
      files.map((f) => join(demo, f)),
    );
  if (dossierState === 'catalogued') await catalogueDossier(host, id);
  await desk.reopen();
  await cases.open(caseNumber);
  await dossier.panel().waitFor();
}

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
    cases = new CasesPage(page);
    dossier = new DossierPanelPage(page);
  });

  afterAll(async () => {
    await desk?.close();
  });

  it('creates a case and opens its empty dossier', async () => {
    await desk.reopen();
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
    await openCase(1002, 'empty');
    expect(await dossier.panel().innerText()).toContain('0 份材料');
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
    await openCase(1003, 'imported');
    await page.getByTestId('dossier-catalogue').click();
    await page.getByTestId('dossier-ai-notice').waitFor();
    // Catalogued once every row shows its confidence.
    await page.getByTestId('dossier-confidence').nth(4).waitFor();
    expect(await page.getByTestId('dossier-ai-notice').innerText()).toContain('仅供参考');
    const order = await page.locator('[data-testid="dossier-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')));
    expect(order).toEqual([
      '01-民事起诉状.docx',
      '04-送达地址确认书.pdf',
      '08-民事答辩状.txt',
      '06-借条（扫描件）.png',
      '07-银行转账凭证（扫描件）.pdf',
    ]);
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
  }, 320_000);

  it('records a correction of one category', async () => {
    await openCase(1004, 'catalogued');
    await dossier.correct('07-银行转账凭证（扫描件）.pdf', '其他');
    expect(await dossier.categoryOf('07-银行转账凭证（扫描件）.pdf')).toBe('其他');
  }, 320_000);

  it('exports the archive package, verifies it, and names a tampered file', async () => {
    await openCase(1005, 'catalogued');
    await page.getByTestId('dossier-archive').click();
    await page.getByTestId('dossier-archive-result').waitFor();
    expect(await page.getByTestId('dossier-archive-result').innerText()).toContain('5 件材料');
    await page.getByTestId('dossier-verify').click();
    await page.getByTestId('dossier-verify-result').waitFor();
    expect(await page.getByTestId('dossier-verify-result').innerText()).toContain('6 个文件的 sha256 均与清单一致');
    await page.screenshot({ path: `${screenshots}/dossier-archive.png`, fullPage: true });

    // The package this export wrote: the path the panel filled in for verification.
    const packagePath = await page.getByTestId('dossier-verify-path').inputValue();
    const [first] = readdirSync(join(packagePath, '材料')).sort();
    appendFileSync(join(packagePath, '材料', first!), '篡改');
    await page.getByTestId('dossier-verify').click();
    await page.locator('[data-testid="dossier-verify-result"].ant-alert-error').waitFor();
    expect(await page.getByTestId('dossier-verify-result').innerText()).toContain(`文件「材料/${first}」已被修改`);
  }, 320_000);

  it('made no network request off the machine and logged no errors', () => {
    expect(readNetGuardLog(host.netGuardLog)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
