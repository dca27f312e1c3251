import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseInputDraft } from '../../shared/contract/channels/cases';
import { casesList } from '../../shared/contract/channels/cases';
import { localIsoDate, timeLimitLevel } from '../../shared/domain/case-procedures';
import { readNetGuardLog } from '../net-guard/read-log';
import { CasesPage } from './pages/cases-page';
import { createCase, invokeApi } from './support/api';
import type { JudgeDesk } from './support/open-judgedesk';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';
import type { WebHostProcess } from './support/web-host-process';

let desk: JudgeDesk;
let host: WebHostProcess;
let page: Page;
let cases: CasesPage;
let consoleErrors: string[];

/** A 民间借贷 case filed 2024-03-01 (long past its 90 days), as the case form would save it; `n` makes its 案号. */
function loanCase(n: number, plaintiff: string): CaseInputDraft {
  return {
    caseNumber: `(2024)京0105民初${n}号`,
    causeOfAction: '民间借贷纠纷',
    procedure: 'civil-simple',
    court: '北京市朝阳区人民法院',
    filedOn: '2024-03-01',
    panel: { presidingJudge: '张明' },
    parties: [
      { role: '原告', name: plaintiff, kind: 'person', idNumber: '11010519491231002X' },
      { role: '被告', name: '北京某某商贸有限公司', kind: 'legal_person' },
    ],
    claims: [{ text: '判令被告偿还借款本金100000元', amount: 100000 }],
  };
}

describe('案件 page in Chromium', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'cases',
      // Two earlier cases, filed relative to today, so the list shows each 审限 colour.
      afterStart: async (started) => {
        for (const [n, daysAgo, cause, judge] of [
          [11, 10, '买卖合同纠纷', '刘洋'],
          [12, 70, '物业服务合同纠纷', '陈静'],
        ] as const) {
          await createCase(started, {
            caseNumber: `（2026）京0105民初${n}号`,
            causeOfAction: cause,
            procedure: 'civil-simple',
            court: '北京市朝阳区人民法院',
            filedOn: localIsoDate(new Date(Date.now() - daysAgo * 86_400_000)),
            panel: { presidingJudge: judge },
            parties: [
              { role: '原告', name: `原告${n}`, kind: 'person' },
              { role: '被告', name: `被告${n}有限公司`, kind: 'legal_person' },
            ],
          });
        }
      },
    });
    ({ host, page, consoleErrors } = desk);
    cases = new CasesPage(page);
  });

  afterAll(async () => {
    await desk?.close();
  });

  it('shows the field errors of a malformed case number and missing fields, then saves once fixed', async () => {
    await desk.reopen();
    await cases.openNewForm();
    await cases.field('caseNumber').fill('(2024)京0105民1234号');
    await cases.field('cause').locator('input').fill('民间借贷纠纷');
    await page.keyboard.press('Escape'); // closes the suggestions only
    await cases.field('court').fill('北京市朝阳区人民法院');
    await page.getByTestId('case-party-0-name').fill('王建国');
    await page.getByTestId('case-party-0-idNumber').fill('110105194912310021');
    await page.getByTestId('case-party-1-name').fill('北京某某商贸有限公司');
    await page.getByTestId('case-claim-add').click();
    await page.getByTestId('case-claim-0-text').fill('判令被告偿还借款本金100000元');
    await page.getByTestId('case-claim-0-amount').fill('100000');
    await cases.field('filedOn').fill('2024-03-01');
    await cases.saveWithKeyboard();

    expect(await cases.fieldError('caseNumber').innerText()).toContain('“民”不是已知的案件类型代字');
    expect(await cases.fieldError('procedure').innerText()).toBe('请选择审理程序');
    expect(await cases.fieldError('parties.0.idNumber').innerText()).toContain('校验位不正确（末位应为X）');
    expect(await page.getByTestId('case-form-invalid').innerText()).toContain('有 3 处需要修改');
    await page.getByTestId('page-cases').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}/case-form.png`, fullPage: true });

    await cases.field('caseNumber').fill('(2024)京0105民初1234号');
    await cases.fieldError('caseNumber').waitFor({ state: 'detached' });
    await page.getByTestId('case-party-0-idNumber').fill('11010519491231002X');
    await cases.choose('case-field-procedure', '民事简易程序');
    await cases.field('presidingJudge').fill('张明');
    await page.getByTestId('case-save').click();
    await cases.waitForDetailVersion(1);
    expect(await cases.detail().getByRole('heading').first().innerText()).toBe('（2024）京0105民初1234号');
  });

  it('makes the opened case the current case in the header', async () => {
    const { caseNumber } = await createCase(host, loanCase(1235, '周海燕'));
    await desk.reopen();
    await cases.open(caseNumber);
    const header = page.getByTestId('case-context');
    expect(await header.innerText()).toContain('（2024）京0105民初1235号');
    expect(await header.innerText()).toContain('民间借贷纠纷');
  });

  it('lists the case with its time-limit tag and finds it by a party name', async () => {
    await createCase(host, loanCase(1236, '李秀英'));
    await desk.reopen();
    await cases.rows().first().waitFor();
    await cases.search('李秀英');
    expect(await cases.rows().count()).toBe(1);
    const row = cases.rows().first();
    expect(await row.innerText()).toContain('（2024）京0105民初1236号');
    expect(await row.innerText()).toContain('李秀英 诉 北京某某商贸有限公司');
    // Filed 2024-03-01 with 90 days: long overdue against today.
    expect(await row.getByTestId('time-limit-tag').getAttribute('data-level')).toBe('red');
    await cases.search('没有这个人');
    expect(await cases.rows().count()).toBe(0);
    await cases.search('');
    // Every case on the host, whichever other tests of this file ran: the two earlier ones and this one at least.
    const all = await invokeApi(host, casesList, { query: '', limit: 100, offset: 0 });
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(await cases.rows().count()).toBe(all.total);
    const levels = await page.getByTestId('time-limit-tag').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-level')));
    expect(levels.sort()).toEqual(all.items.flatMap((c) => (c.daysLeft === null ? [] : [timeLimitLevel(c.daysLeft)])).sort());
    expect([...new Set(levels)].sort()).toEqual(['green', 'orange', 'red']);
    await page.screenshot({ path: `${screenshots}/cases-list.png` });
    await cases.search('李秀英');
    await cases.rows().first().click();
    await cases.waitForDetailVersion(1);
  });

  it('edits the case, then undoes the edit', async () => {
    const { caseNumber } = await createCase(host, loanCase(1237, '王建军'));
    await desk.reopen();
    await cases.open(caseNumber);
    await cases.waitForDetailVersion(1);
    await page.getByTestId('case-edit').click();
    await cases.form().waitFor();
    await cases.field('cause').locator('input').fill('借款合同纠纷');
    await cases.field('court').click();
    await page.waitForSelector('[data-testid="case-form"][data-dirty="true"]');
    await cases.saveWithKeyboard();
    await cases.waitForDetailVersion(2);
    expect(await page.getByTestId('case-detail-cause').innerText()).toBe('借款合同纠纷');
    expect(await page.getByTestId('case-context').innerText()).toContain('借款合同纠纷');

    await page.getByTestId('case-undo').click();
    await cases.waitForDetailVersion(3);
    expect(await page.getByTestId('case-detail-cause').innerText()).toBe('民间借贷纠纷');
    expect(await page.getByTestId('case-context').innerText()).toContain('民间借贷纠纷');
    expect(await page.getByTestId('case-undo').isDisabled()).toBe(true);
    await page.getByText('已撤销上一次修改').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${screenshots}/case-detail.png` });
  });

  it('asks before discarding unsaved changes on Esc', async () => {
    const { caseNumber, version } = await createCase(host, loanCase(1238, '赵丽华'));
    await desk.reopen();
    await cases.open(caseNumber);
    await page.getByTestId('case-edit').click();
    await cases.form().waitFor();
    await cases.field('court').fill('别的法院');
    await cases.field('court').press('Escape');
    // The confirm this Esc opened: the one holding the form's discard button.
    const confirm = page.locator('.ant-modal-confirm').filter({ has: page.getByTestId('case-discard') });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('放弃未保存的修改？');
    await page.getByTestId('case-discard').click();
    await cases.waitForDetailVersion(version);
    expect(await cases.detail().innerText()).toContain('北京市朝阳区人民法院');
  });

  it('made no network request off the machine and logged no errors', () => {
    expect(readNetGuardLog(host.netGuardLog)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
