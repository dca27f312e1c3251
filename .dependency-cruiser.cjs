// Layering rules from DESIGN.md "Rules that keep the house livable" (rule 1).
// Run with `npm run layering`; test/unit/layering/ proves every rule can fail.
//
// Paths are matched against dependency-cruiser's `resolved` path, relative to the cwd. An npm
// package resolves to `node_modules/<name>/…` (or `…/node_modules/<name>/…` when node_modules is
// a symlink, as in the layering tests); a package that cannot be resolved keeps its bare name, so
// every package pattern below accepts both shapes.

/** Native addons: they must stay in the Node main process (never renderer/shared). */
const NATIVE_MODULES = [
  'better-sqlite3-multiple-ciphers',
  'better-sqlite3',
  'onnxruntime-node',
  '@node-rs/jieba',
  'sqlite-vec',
  'sherpa-onnx-node',
  'sherpa-onnx',
  '@gutenye/ocr-node',
];

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `name` as a resolved npm path or as a bare unresolved specifier; `[-/]` also catches the
 * per-platform binary packages (sqlite-vec-linux-x64, @node-rs/jieba-linux-x64-gnu …). */
function npmPackage(names, { platformSuffix = false } = {}) {
  const alternatives = names.map(escapeRegExp).join('|');
  const tail = platformSuffix ? '(?:[-/]|$)' : '(?:/|$)';
  return `(?:^|/)node_modules/(?:${alternatives})${tail}|^(?:${alternatives})${tail}`;
}

const ELECTRON = npmPackage(['electron']);
const NATIVE = `${npmPackage(NATIVE_MODULES, { platformSuffix: true })}|\\.node$`;
const NPM_PATH = '(?:^|/)node_modules/';

/** The outer rings of main/: hosts, the IPC layer and the composition root. */
const MAIN_OUTER = '^main/(?:electron|api|host)/|^main/app\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-only-shared',
      severity: 'error',
      comment:
        'shared/ is the contract and pure domain code used by both processes: it may import npm ' +
        'packages (zod …) but nothing of ours outside shared/.',
      from: { path: '^shared/' },
      to: {
        pathNot: `^shared/|${NPM_PATH}`,
        dependencyTypesNot: ['core'],
        couldNotResolve: false,
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      comment: 'shared/ runs in the sandboxed renderer too: no Node built-ins (node:fs, path, crypto …).',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-only-shared',
      severity: 'error',
      comment:
        'renderer/ talks to main only through the contract: among our folders it imports shared/ ' +
        'and itself, nothing else (types belong in shared/ too).',
      from: { path: '^renderer/' },
      to: {
        pathNot: `^(?:renderer|shared)/|${NPM_PATH}`,
        dependencyTypesNot: ['core'],
        couldNotResolve: false,
      },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      comment: 'renderer/ is sandboxed Chromium: no Node built-ins.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-main-electron-imports-electron',
      severity: 'error',
      comment:
        'Only main/electron/ may import electron, so services, store, api, hosts and tests run ' +
        'under plain Node (vitest, CLI, web host, workers).',
      from: { pathNot: '^main/electron/|^test/fixtures/' },
      to: { path: ELECTRON },
    },
    {
      name: 'native-modules-only-in-main',
      severity: 'error',
      comment:
        'Native addons (SQLite, ONNX, jieba, sqlite-vec, sherpa-onnx, OCR) load only in the Node ' +
        'main process; tests, scripts and the training pipeline may use them as tooling.',
      from: { pathNot: '^(?:main|test|scripts|models/training)/' },
      to: { path: NATIVE },
    },
    {
      name: 'services-not-to-outer-layers',
      severity: 'error',
      comment:
        'main/services/ is plain Node + TypeScript: never main/electron, main/api, main/host or ' +
        'the composition root (electron itself is caught by only-main-electron-imports-electron).',
      from: { path: '^main/services/' },
      to: { path: MAIN_OUTER },
    },
    {
      name: 'store-not-to-outer-layers',
      severity: 'error',
      comment: 'main/store/ is below the api and the hosts: never main/api, main/host, main/electron.',
      from: { path: '^main/store/' },
      to: { path: MAIN_OUTER },
    },
    {
      name: 'inference-not-to-outer-layers',
      severity: 'error',
      comment: 'main/inference/ runs in workers / utilityProcess: it must not pull in the api, the hosts ' + 'or the composition root.',
      from: { path: '^main/inference/' },
      to: { path: MAIN_OUTER },
    },
    {
      name: 'api-not-to-hosts',
      severity: 'error',
      comment: 'main/api/ is shared by the Electron, web and CLI hosts, so it cannot depend on any of them.',
      from: { path: '^main/api/' },
      to: { path: '^main/(?:electron|host)/|^main/app\\.ts$' },
    },
    {
      name: 'service-folder-only-through-index',
      severity: 'error',
      comment:
        'A service folder is one capability with one front door: code elsewhere in main/ (api, ' +
        'host, electron, inference, store, app.ts) imports main/services/<x>/ only through ' +
        'main/services/<x>/index.ts, so a folder can reorganise its files without breaking callers. ' +
        'Tests may reach internals.',
      from: { path: '^main/', pathNot: '^main/services/' },
      to: { path: '^main/services/[^/]+/', pathNot: '^main/services/[^/]+/index\\.ts$' },
    },
    {
      name: 'service-folder-only-through-index-between-services',
      severity: 'error',
      comment:
        'The same front door between service folders: main/services/<x>/ imports another folder ' +
        'main/services/<y>/ only through <y>/index.ts (its own files freely).',
      from: { path: '^main/services/([^/]+)/' },
      to: { path: '^main/services/[^/]+/', pathNot: '^main/services/$1/|^main/services/[^/]+/index\\.ts$' },
    },
    {
      name: 'main-not-to-renderer',
      severity: 'error',
      comment: 'main/ and renderer/ meet only in shared/ (the web host serves built files, it does not import them).',
      from: { path: '^main/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'production-not-to-test',
      severity: 'error',
      comment: 'Shipping code never imports test code or fixtures.',
      from: { path: '^(?:main|renderer|shared)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles make ESM initialisation order fragile and the layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing would also escape every rule above.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // node_modules stays visible (the electron/native rules need it) but is not descended into.
    doNotFollow: { path: NPM_PATH },
    exclude: { path: '^(?:dist|out|release|\\.tmp)/|^test/fixtures/' },
    // `import type` counts too: a type from main/ in renderer/ is still a layering breach.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
