// Bundles main + preload with the real build script into a scratch folder and checks what the
// sandbox and the packager need: a self-contained CommonJS preload, native modules left external.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs build script without type declarations
import { buildElectron } from '../../../scripts/build-electron.mjs';

const outdir = mkdtempSync(path.join(tmpdir(), 'judgedesk-electron-build-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Module names the bundle requires (a polyfill's `'require("' + name + '")'` string is no name). */
const requiredModules = (code: string) =>
  [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))].filter((name) => !/['\s+]/.test(name)).sort();

describe('scripts/build-electron.mjs', async () => {
  const out = (await buildElectron({ outdir })) as { main: string; preload: string };
  const main = readFileSync(out.main, 'utf8');
  const preload = readFileSync(out.preload, 'utf8');

  it('writes main.cjs and preload.cjs', () => {
    expect(path.basename(out.main)).toBe('main.cjs');
    expect(path.basename(out.preload)).toBe('preload.cjs');
  });

  it('makes the sandboxed preload self-contained: it requires only electron', () => {
    expect(requiredModules(preload)).toEqual(['electron']);
    // An ES import statement (at a line start: comments may say "import order").
    expect(preload).not.toMatch(/^\s*import\s+[\w{*]/m);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('keeps electron and native modules out of the main bundle', () => {
    const required = requiredModules(main);
    expect(required).toContain('electron');
    for (const name of required) {
      const builtin =
        name.startsWith('node:') ||
        [
          'electron',
          'fs',
          'path',
          'os',
          'url',
          'crypto',
          'worker_threads',
          'child_process',
          'events',
          'util',
          'stream',
          'zlib',
          'module',
          'buffer',
        ].includes(name);
      const native = /better-sqlite3|onnxruntime|sqlite-vec|jieba|sherpa|ocr-node|^sharp$/.test(name);
      expect(builtin || native, `unexpected external ${name}`).toBe(true);
    }
    expect(main).not.toMatch(/\bimport\.meta\.url\b/);
  });

  it('never bundles shell.openExternal or an ipcRenderer exposure', () => {
    expect(main).not.toMatch(/openExternal\s*\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\(\s*["']ipcRenderer/);
  });
});
