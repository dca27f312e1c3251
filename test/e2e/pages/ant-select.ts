import type { Locator } from 'playwright-core';

/**
 * Opens the antd Select whose root is `select` and answers its own popup: the dropdown holding
 * the listbox its combobox names (aria-controls, set while the list is open). Never "the visible
 * dropdown": another select's popup may still be on the page, e.g. in its leave animation.
 */
export async function openSelect(select: Locator): Promise<Locator> {
  const expanded = select.locator('[role="combobox"][aria-expanded="true"][aria-controls]');
  if ((await expanded.count()) === 0) await select.click();
  await expanded.waitFor();
  const listId = await expanded.getAttribute('aria-controls');
  if (!listId) throw new Error('下拉框打开后没有指明它的选项列表（aria-controls）');
  const page = select.page();
  return page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
}

export interface ChooseOptions {
  /** Match the option by text it contains instead of by its exact title. */
  contains?: boolean;
  /**
   * Multiple mode keeps the list open after a pick: this is clicked to close it (a click outside
   * the list, as a user does).
   */
  closeBy?: Locator;
}

/** Picks `label` in the select's own popup and waits until that popup is hidden. */
export async function chooseOption(select: Locator, label: string, options: ChooseOptions = {}): Promise<void> {
  const popup = await openSelect(select);
  const option = options.contains
    ? popup.locator('.ant-select-item-option').filter({ hasText: label })
    : popup.getByTitle(label, { exact: true });
  await option.click();
  if (options.closeBy) await options.closeBy.click();
  await popup.waitFor({ state: 'hidden' });
}
