import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Where `npm run dev` runs the sync server (scripts/dev.mjs); the dev server proxies to it. */
const devSyncServer = 'http://127.0.0.1:5174';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: devSyncServer },
      '/sync': { target: devSyncServer, ws: true },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'app', include: ['src/**/*.test.ts'] } },
      // The server's integration tests run the built server (dist-server/), built first when stale.
      { extends: true, test: { name: 'server', include: ['server/**/*.test.ts'], globalSetup: ['server/test/buildServer.ts'] } },
    ],
  },
});
