import { defineConfig } from 'vitest/config';

/** Runs the gap-finder benchmark as a plain Node process (not a test: timings are noisy). */
export default defineConfig({
  test: { include: ['bench/**/*.bench.ts'], environment: 'node', testTimeout: 600_000 },
});
