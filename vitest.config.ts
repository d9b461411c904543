import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// One config, one project per kind of test. `unit` needs nothing but Node; `integration` starts a
// real libvirtd through scripts/libvirtd, and fails (never skips) when it cannot.
export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `@libvirt-ts/source` export
  // condition; scoped, because some npm packages publish TypeScript under a plain `source`), so
  // tests never need a build first. Tests run in Vite's server (SSR) mode, hence `ssr`.
  ssr: {
    resolve: {
      conditions: ['@libvirt-ts/source', ...defaultServerConditions],
      externalConditions: ['@libvirt-ts/source'],
    },
  },
  test: {
    // In CI, also write a JSON report: .ci/run prints the plain `N passed, N failed` line from it.
    reporters:
      process.env['CI'] === 'true' ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
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
      {
        extends: true,
        test: {
          // Spawns the BUILT bins (build first: `pnpm build`) against a real libvirtd, the one the
          // integration project uses when both run (the setup is shared: one daemon per machine).
          name: 'e2e',
          include: ['packages/*/test/e2e/**/*.test.ts'],
          globalSetup: ['packages/client/test/integration/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
