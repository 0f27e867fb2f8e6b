import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: './shared',
          include: ['src/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file gets its own database; two workers match the 2-core machines we run on.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          root: './e2e',
          include: ['**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // A loaded CI machine (the server, PostgreSQL and Chromium on two cores) answers slower than a laptop:
          // a screen gets 20 s to show what the test waits for (a reload there can take 5–10 s to draw).
          expect: { poll: { timeout: 20_000, interval: 100 } },
          // One more try for a browser step that lost a race with an animation on a loaded machine; a real defect
          // fails twice.
          retry: 1,
          // After the server suites: the journey starts a server and a browser of its own.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
