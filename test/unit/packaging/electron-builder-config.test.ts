// Runs electron-builder.yml through electron-builder's own loader and schema validation — the
// same calls its Packager makes before any download — so a bad key fails here, offline.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, '../../..');

interface BuilderConfig {
  [key: string]: unknown;
  electronFuses?: Record<string, boolean>;
  win?: { target?: Array<{ target: string; arch: string[] }> };
  nsis?: Record<string, unknown>;
  linux?: { target?: Array<{ target: string; arch: string[] }> };
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
};
const { checkMetadata } = require('app-builder-lib/out/util/packageMetadata') as {
  checkMetadata(metadata: object, devMetadata: object, appPackageFile: string, devPackageFile: string): void;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
// electron-builder's own YAML reader (a dependency of app-builder-lib).
const yaml = require('js-yaml') as { load(text: string): unknown };

const validate = (config: BuilderConfig) => validateConfiguration(config, new DebugLogger(false));

const scratch = mkdtempSync(path.join(tmpdir(), 'judgedesk-builder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function loadVariant(edit: (yaml: string) => string): Promise<BuilderConfig> {
  const file = path.join(scratch, `variant-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, edit(readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')));
  return getConfig(repo, file);
}

describe('electron-builder.yml', async () => {
  // null config path: electron-builder's own lookup (package.json "build", then electron-builder.yml).
  const config = await getConfig(repo, null);
  // The file as written, for asserting settings (getConfig normalises `files` into filters).
  const raw = yaml.load(readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it('is the file electron-builder finds and it passes its validation', async () => {
    expect(config.appId).toBe('cn.court.judgedesk');
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('package.json passes electron-builder metadata checks (electron is a devDependency only)', () => {
    const pkgFile = path.join(repo, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as object;
    expect(() => checkMetadata(pkg, pkg, pkgFile, pkgFile)).not.toThrow();
  });

  it('rejects an unknown key, so this test can fail', async () => {
    const broken = await loadVariant((yaml) => `${yaml}\nnotAnElectronBuilderOption: true\n`);
    await expect(validate(broken)).rejects.toThrow(/notAnElectronBuilderOption|unknown property|additional/i);
  });

  it('rejects a wrongly typed fuse', async () => {
    const broken = await loadVariant((yaml) => yaml.replace('runAsNode: false', 'runAsNode: "no"'));
    await expect(validate(broken)).rejects.toThrow();
  });

  it('hardens the Electron binary with fuses', () => {
    expect(raw.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds offline installers: NSIS (assisted) for Windows, deb + AppImage for x64 and arm64', () => {
    expect(raw.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(raw.nsis?.oneClick).toBe(false);
    expect(JSON.stringify(raw)).not.toMatch(/nsis-web/);
    expect(raw.linux?.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
  });

  it('never publishes or checks for updates', () => {
    expect(raw).toHaveProperty('publish', null);
  });

  it('packs the app and unpacks native modules and models', () => {
    expect(raw.files).toEqual(expect.arrayContaining(['dist/**', 'package.json', 'models/**', 'resources/**']));
    expect(raw.asarUnpack).toEqual(
      expect.arrayContaining([
        '**/*.node',
        'node_modules/better-sqlite3-multiple-ciphers/**',
        'node_modules/onnxruntime-node/**',
        'models/**',
      ]),
    );
    // Installers must not land inside dist/, which is packed into the app.
    expect(raw.directories).toMatchObject({ output: 'release' });
  });
});
