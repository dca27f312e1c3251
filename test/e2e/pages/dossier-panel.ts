import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './ant-select';

/** The 电子卷宗 card inside a case's detail. */
export class DossierPanelPage {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByTestId('dossier-panel');
  }

  row(fileName: string): Locator {
    return this.page.locator(`[data-testid="dossier-row"][data-file="${fileName}"]`);
  }

  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('dossier-file-input').setInputFiles(paths);
  }

  /** Waits until no file is still uploading or being read. */
  async waitForImport(count: number): Promise<void> {
    await this.page.waitForFunction(
      (n) => {
        const items = [...document.querySelectorAll('[data-testid="dossier-import-item"]')];
        return items.length === n && items.every((i) => !['uploading', 'reading'].includes(i.getAttribute('data-stage') ?? ''));
      },
      count,
      // OCR of the two scans plus loading the models: about a minute on a busy 2-core machine.
      { timeout: 300_000 },
    );
  }

  async categoryOf(fileName: string): Promise<string> {
    return this.row(fileName).locator('.ant-select-content, .ant-select-selection-item').first().innerText();
  }

  /** Chooses the file's category in its own row and waits until the row shows it corrected. */
  async correct(fileName: string, category: string): Promise<void> {
    await chooseOption(this.row(fileName).getByTestId('dossier-category'), category);
    await this.row(fileName).getByTestId('dossier-corrected').waitFor();
  }
}
