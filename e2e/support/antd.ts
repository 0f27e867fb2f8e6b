import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Picks an option of an Ant Design select by its label, trying again when a click lands while the dropdown is
 * still opening; `done()` says whether the choice took effect (e.g. the address changed).
 */
export async function choose(p: Page, label: string, option: string, done: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 4; attempt++) {
    await p.getByLabel(label, { exact: true }).click();
    const item = p.locator('.ant-select-item-option').getByText(option, { exact: true });
    await item.first().waitFor({ state: 'visible' });
    await item.first().click();
    const ok = await expect
      .poll(done, { timeout: 3_000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (ok) return;
    await p.keyboard.press('Escape');
  }
  throw new Error(`could not choose "${option}" in "${label}"`);
}
