import { defineConfig } from 'vitest/config';

// End-to-end: the web host in a child process, real Debian Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Every test process refuses non-loopback sockets and lookups (some tools phone home).
    setupFiles: ['test/net-guard/register.mjs'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
