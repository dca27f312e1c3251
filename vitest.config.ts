import { defineConfig } from 'vitest/config';

// Unit and security tests: real SQLite files in temp dirs, no Electron, no browser.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/security/**/*.test.ts'],
    environment: 'node',
    // Every test process refuses non-loopback sockets and lookups (some tools phone home).
    setupFiles: ['test/net-guard/register.mjs'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
