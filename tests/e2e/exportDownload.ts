import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Clicks an item of the header's Export menu and returns the downloaded file's name and text. */
export async function downloadExport(page: Page, kind: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}
