import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the renderer for both hosts: Electron loads it from app://judgedesk/ and the web host
 * from http://127.0.0.1:PORT/, hence relative asset URLs (base './'). Both hosts send a strict
 * CSP (no inline script, no eval, nothing remote), so nothing here may reach off the machine.
 *
 * Under vitest (mode 'test') the root stays at the repository so test/** is found.
 */
export default defineConfig(({ mode }) => ({
  root: mode === 'test' ? undefined : 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inlined fonts would be data: URLs, which the CSP's font-src 'self' refuses.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2500,
  },
  server: { host: '127.0.0.1', strictPort: false },
  preview: { host: '127.0.0.1' },
}));
