import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditList } from '../../shared/contract/channels/audit';
import { hasStatuteData, subsetFolder } from '../unit/main/services/laws/statute-data';
import { waitForMotionEnd, waitForText } from './pages/shell-page';
import { invokeApi, lastAuditSeq } from './support/api';
import type { JudgeDesk } from './support/open-judgedesk';
import { importStatutesPrepare, openJudgeDesk, screenshots } from './support/open-judgedesk';
import type { WebHostProcess } from './support/web-host-process';

// A fictional 民事判决书 with one slip of each kind the view must mark.
const judgment = [
  '北京市朝阳区人民法院',
  '民事判决书',
  '（2022）京0105民初1234号',
  '原告张三，男，1980年1月2日出生，汉族，联系电话13812345678，住北京市朝阳区。',
  '被告李四，男，1982年3月4日出生，汉族，住北京市海淀区。',
  '原告张三与被告李四民间借贷纠纷一案，本院于2022年3月1日立案后，于2022年4月10日公开开庭进行了审理。',
  '原告张三向本院提出诉讼请求：被告偿还借款本金100000元。',
  '本院经审理查明：2021年1月5日，被告向原告借款人民币100000元（大写：壹拾万伍仟元整），截止2022年1月1日未还。',
  '本院认为，被告应当偿还借款。依照《中华人民共和国合同法》第二百零六条之规定，判决如下：',
  '被告李四于本判决生效之日起十日内偿还原告张三借款本金100000元。',
  '案件受理费2300元，由被告李四负担。',
  '如不服本判决，可以在判决书送达之日起十日内，向本院递交上诉状，上诉于北京市第三中级人民法院。',
  '审判长王五',
  '二〇二二年五月六日',
  '书记员赵六',
];

let desk: JudgeDesk;
let host: WebHostProcess;
let page: Page;

/** A fresh page with `lines` imported as 民事判决书.docx (as a judge picks the file) and reviewed with Ctrl+Enter. */
async function importAndReview(lines: string[]): Promise<void> {
  await desk.reopen();
  const file = join(host.dataDir, '民事判决书.docx');
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] })));
  await page.locator('input[type=file]').setInputFiles(file);
  await waitForText(page.getByTestId('review-notice'), /已导入“民事判决书.docx”/);
  await page.getByTestId('review-text').focus();
  await page.keyboard.press('Control+Enter');
  await waitForText(page.getByTestId('review-summary'), /仅供参考/);
}

describe.skipIf(!hasStatuteData)('文书审查 page in Chromium', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'review',
      viewport: { width: 1440, height: 1000 },
      prepare: importStatutesPrepare((dataDir) => subsetFolder(join(dataDir, 'src'), (row) => /^(民法典|刑法)/.test(row.name))),
    });
    ({ host, page } = desk);
  });

  afterAll(async () => {
    await desk?.close();
  });

  it('imports a DOCX, reviews it with Ctrl+Enter and marks the findings in the document', async () => {
    await importAndReview(judgment);
    const rules = await page.getByTestId('review-finding').evaluateAll((items) => items.map((i) => i.getAttribute('data-rule')));
    expect(rules).toEqual(
      expect.arrayContaining(['citation.repealed', 'amount.words-mismatch', 'structure.appeal-period', 'wording.jiezhi', 'privacy.phone']),
    );
    expect(await page.getByTestId('review-mark').count()).toBeGreaterThanOrEqual(rules.length - 1);
    await page.screenshot({ path: `${screenshots}/review-findings.png`, fullPage: true });
  });

  it('applies a fix in one click: the document changes and the decision is audited', async () => {
    const before = await lastAuditSeq(host);
    await importAndReview(judgment);
    const finding = page.locator('[data-testid="review-finding"][data-rule="wording.jiezhi"]');
    await finding.getByTestId('review-apply').click();
    await waitForText(page.getByTestId('review-notice'), /已采纳：“截止”→“截至”（审计 #\d+）/);
    expect(await page.getByTestId('review-document').innerText()).toContain('截至2022年1月1日');
    expect(await page.locator('[data-testid="review-finding"][data-rule="wording.jiezhi"]').count()).toBe(0);
    // What this test's review and fix recorded.
    const audit = await invokeApi(host, auditList, { feature: 'documentReview', limit: 50 });
    const kinds = audit.entries.filter((e) => e.seq > before).map((e) => `${e.kind}:${e.summary}`);
    expect(kinds.some((k) => k.startsWith('ai_output:文书审查（民事判决书.docx）'))).toBe(true);
    expect(kinds.some((k) => k.startsWith('decision:采纳：wording.jiezhi'))).toBe(true);
  });

  it('makes the redacted publication copy with Alt+P', async () => {
    await importAndReview(judgment);
    await page.keyboard.press('Alt+KeyP');
    const text = await waitForText(page.getByTestId('publication-text'), /138××××5678/);
    expect(text).not.toContain('13812345678');
    await waitForText(page.getByTestId('publication-summary'), /已隐去 \d+ 处/);
    // The screenshot shows the modal as a user sees it: opened, not mid-animation.
    await waitForMotionEnd(page.locator('.ant-modal-root').filter({ has: page.getByTestId('publication-text') }));
    await page.screenshot({ path: `${screenshots}/review-publication-copy.png` });
  });

  it('refuses a broken file with a message naming it, keeping the text under review', async () => {
    // Under review: the judgment with its 截止 already written 截至.
    await importAndReview(judgment.map((line) => line.replace('截止', '截至')));
    const bad = join(host.dataDir, '损坏.docx');
    writeFileSync(bad, 'not a docx');
    await page.locator('input[type=file]').setInputFiles(bad);
    await waitForText(page.getByTestId('review-page').getByTestId('api-error'), /“损坏.docx”不是有效的 DOCX 文件/);
    expect(await page.getByTestId('review-text').inputValue()).toContain('截至2022年1月1日');
  });
});
