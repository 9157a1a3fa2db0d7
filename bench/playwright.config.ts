import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** The drag and load benchmarks: one worker, a big window, the production build. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.bench\.spec\.ts/,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 20 * 60_000,
  reporter: [['line']],
  use: { ...base.use, viewport: { width: 1920, height: 1080 }, trace: 'off', video: 'off', screenshot: 'off' },
  projects: undefined,
  webServer: { ...(base.webServer as object), cwd: '..' } as typeof base.webServer,
});
