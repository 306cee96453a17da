import type { Page } from 'playwright-core';

/**
 * Measures the pixels of the 3D canvas as a user sees them: a screenshot of the canvas element,
 * decoded to RGBA in the page (the app's CSP forbids evaluating code there, so `measure` runs here).
 */
export async function measureCanvas<T>(page: Page, measure: (rgba: Uint8Array, width: number, height: number) => T): Promise<T> {
  const png = await page.locator('.viewport-area canvas').first().screenshot();
  const { b64, width, height } = await page.evaluate(async (src) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${src}`)).blob());
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const bytes = new Uint8Array(ctx.getImageData(0, 0, img.width, img.height).data.buffer);
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { b64: btoa(s), width: img.width, height: img.height };
  }, png.toString('base64'));
  return measure(new Uint8Array(Buffer.from(b64, 'base64')), width, height);
}
