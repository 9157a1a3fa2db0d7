import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Where `npm run dev` runs the sync server (scripts/dev.mjs); the dev server proxies to it. */
const devSyncServer = 'http://127.0.0.1:5174';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // One chunk for the core and React: the modules the app and its lazy parts (shared boards,
    // image export) both use would otherwise be split into many small chunks, each compressed
    // on its own (about 2 KB more of initial JavaScript).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'core', test: /\/src\/(model|schema|io|store)\/|node_modules\/(react|react-dom|scheduler|immer)\// }] } } },
  },
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
