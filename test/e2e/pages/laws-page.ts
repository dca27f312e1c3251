import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './ant-select';
import { waitForText } from './shell-page';

/** The 法条 page as a judge uses it: search, article view, 法条推送, 引用核查. */
export class LawsPage {
  constructor(readonly page: Page) {}

  searchInput(): Locator {
    return this.page.getByTestId('laws-page').locator('input[type="search"], .ant-input-search input').first();
  }

  /** Types the query, presses Enter and waits for the settled results of that query. */
  async search(query: string): Promise<Locator> {
    const input = this.searchInput();
    await input.fill(query);
    await input.press('Enter');
    const results = this.page.locator(`[data-testid="laws-results"][data-query="${query}"][data-loading="false"]`);
    await results.waitFor();
    await this.hits().first().waitFor();
    return results;
  }

  hits(): Locator {
    return this.page.getByTestId('law-hit');
  }

  async total(): Promise<number> {
    const text = await this.page.getByTestId('laws-total').innerText();
    return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
  }

  /** Picks one 效力级别 in the multiple select, then closes its list (a click outside it) so it covers nothing. */
  async filterLevel(level: string): Promise<void> {
    await chooseOption(this.page.getByTestId('laws-filter-level'), level, {
      closeBy: this.page.getByTestId('laws-page').getByRole('heading', { name: '法条' }),
    });
  }

  article(): Locator {
    return this.page.getByTestId('article-view');
  }

  /** Waits until the article view shows text starting with `label`. */
  async waitForArticle(label: string): Promise<string> {
    return waitForText(this.page.getByTestId('article-text'), new RegExp(`^${label}`));
  }

  async tab(name: 'search' | 'push' | 'cite'): Promise<void> {
    await this.page.getByTestId(`laws-tab-${name}`).click();
  }

  async pushLaws(facts: string, caseDate: string): Promise<Locator> {
    await this.tab('push');
    await this.page.getByTestId('law-push-facts').fill(facts);
    await this.page.getByTestId('law-push-date').fill(caseDate);
    await this.page.getByTestId('law-push-run').click();
    await this.page.getByTestId('law-push-results').waitFor();
    return this.page.getByTestId('law-suggestion');
  }

  async checkCitations(text: string, date: string): Promise<Locator> {
    await this.tab('cite');
    await this.page.getByTestId('cite-text').fill(text);
    await this.page.getByTestId('cite-date').fill(date);
    await this.page.getByTestId('cite-run').click();
    await this.page.getByTestId('cite-results').waitFor();
    return this.page.getByTestId('cite-article');
  }
}
