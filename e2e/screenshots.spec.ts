import { test } from '@playwright/test';
import { MapPage } from './MapPage';

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the sample board at ${width}×${height} is saved as a screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const app = new MapPage(page);
    await app.open();
    await app.screenshot(`sample-${width}x${height}`);
  });
}
