import { defineConfig } from 'vitest/config';

// One config, one project per kind of test. `unit` needs nothing but Node; `integration` starts a
// real libvirtd through scripts/libvirtd, and fails (never skips) when it cannot.
export default defineConfig({
  ssr: { resolve: { conditions: ['source'] } },
  resolve: {
    // Workspace packages resolve to their TypeScript sources, so tests never need a build first.
    conditions: ['source'],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/test/unit/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['packages/*/test/integration/**/*.test.ts'],
          globalSetup: ['packages/client/test/integration/global-setup.ts'],
          // One daemon serves every file; its test driver state is shared, so files run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
