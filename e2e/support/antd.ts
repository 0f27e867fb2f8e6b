import type { Locator, Page } from 'playwright-core';
import { holds } from './wait.ts';

/**
 * Picks an option of an Ant Design select, given by its label or its locator, trying again when a click lands while
 * the dropdown is still opening; `done()` says whether the choice took effect (e.g. the address changed). The option
 * is looked for in this select's own dropdown only: another one may still be fading out.
 */
export async function choose(
  p: Page,
  select: string | Locator,
  option: string,
  done: () => Promise<boolean>,
): Promise<void> {
  const box = typeof select === 'string' ? p.getByLabel(select, { exact: true }) : select;
  for (let attempt = 0; attempt < 4; attempt++) {
    await box.click();
    const list = await box.getAttribute('aria-controls');
    const dropdown = list
      ? p.locator('.ant-select-dropdown').filter({ has: p.locator(`[id="${list}"]`) })
      : p.locator('.ant-select-dropdown:visible');
    const item = dropdown.locator('.ant-select-item-option').getByText(option, { exact: true }).first();
    await item.waitFor({ state: 'visible' });
    await item.click();
    if (await holds(done, 3_000)) return;
    await p.keyboard.press('Escape');
  }
  throw new Error(
    `could not choose "${option}" in "${typeof select === 'string' ? select : select.toString()}"`,
  );
}
