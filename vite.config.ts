import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { sampleModels } from './scripts/sampleModelsPlugin.ts';

// One config for the app (vite) and the tests (vitest).
// Engine and CLI tests run in Node; browser tests drive Debian's Chromium through playwright-core.
export default defineConfig({
  plugins: [react(), sampleModels()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: { port: 5173, strictPort: false },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
