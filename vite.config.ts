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
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two projects on this 2-core machine: the unit, engine and CLI files first, in parallel; then
    // the browser files one at a time (each runs a Chromium with software WebGL and a worker pool
    // that take both cores), served from one production build (tests/e2e/buildOnce.ts).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          globalSetup: ['tests/buildCliOnce.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['tests/buildCliOnce.ts', 'tests/e2e/buildOnce.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
