import type { Page } from 'playwright-core';

/** Drops a text file on the app's window as a user's drag and drop does, and waits until the scene holds `surfaces` surfaces and nothing loads. */
export async function dropSurfaceFile(page: Page, name: string, text: string, surfaces = 1): Promise<void> {
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'model/obj' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
  await page.waitForFunction((count) => {
    const s = (window as unknown as { __lode: { getState(): { data: { surfaces?: unknown[] } | null; loading: unknown } } }).__lode.getState();
    return s.loading === null && (s.data?.surfaces?.length ?? 0) === count;
  }, surfaces, { timeout: 30_000 });
}
