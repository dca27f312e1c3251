// Lint rules for JudgeDesk. Layering is owned by .dependency-cruiser.cjs (npm run layering); the
// import restrictions here are a second, faster line of defence that shows up in the editor.
// Type-aware linting is deliberately off to keep `npm run lint` fast; `npm run typecheck` covers types.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const JS_FILES = ['**/*.{js,mjs,cjs,jsx}'];
const ALL_FILES = [...TS_FILES, ...JS_FILES];

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

const NODE_BUILTINS = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))];

// `no-restricted-*` options do not merge across config objects (a later one replaces an earlier
// one), so each folder's block below states its full list, built from these pieces.
const electronImport = {
  paths: [
    {
      name: 'electron',
      message: 'Only main/electron/ imports electron; everything else must run under plain Node.',
    },
  ],
  patterns: [
    {
      group: ['electron/*'],
      message: 'Only main/electron/ imports electron; everything else must run under plain Node.',
    },
  ],
};

function restrictedImports(...parts) {
  return [
    'error',
    {
      paths: parts.flatMap((part) => part.paths ?? []),
      patterns: parts.flatMap((part) => part.patterns ?? []),
    },
  ];
}

const nodeBuiltinImport = (where) => ({
  paths: NODE_BUILTINS.map((name) => ({
    name,
    message: `${where} has no Node APIs; move this to main/ and reach it through a contract channel.`,
  })),
  patterns: [
    {
      group: ['node:*'],
      message: `${where} has no Node APIs; move this to main/ and reach it through a contract channel.`,
    },
  ],
});

const nativeImport = (where) => ({
  paths: NATIVE_MODULES.map((name) => ({
    name,
    message: `Native modules load only in main/, never in ${where}.`,
  })),
});

const restrictedSyntax = [
  'error',
  {
    selector: "MemberExpression[property.name='only'][object.type='Identifier'][object.name=/^(it|test|describe|suite|bench)$/]",
    message: 'Focused tests (.only) silently skip the rest of the suite; remove .only before committing.',
  },
  {
    selector:
      "MemberExpression[property.name='only'][object.type='MemberExpression'][object.property.name=/^(describe|serial|parallel|concurrent|sequential|skipIf|runIf|each)$/]",
    message: 'Focused tests (.only) silently skip the rest of the suite; remove .only before committing.',
  },
  {
    // electron.shell.openExternal(...) and aliases; plain shell.openExternal is no-restricted-properties.
    selector: "MemberExpression[property.name='openExternal']:not([object.type='Identifier'][object.name='shell'])",
    message: 'shell.openExternal hands URLs to the OS; JudgeDesk never opens external links (DESIGN.md rule 5).',
  },
];

const restrictedProperties = [
  'error',
  {
    object: 'shell',
    property: 'openExternal',
    message: 'shell.openExternal hands URLs to the OS; JudgeDesk never opens external links (DESIGN.md rule 5).',
  },
];

// Globals that would mean Node or DOM code slipped into a layer that has neither / only one.
const NODE_GLOBALS = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate'];
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
];
const restrictedGlobals = (names, where) => [
  'error',
  ...names.map((name) => ({ name, message: `${where} cannot rely on the global '${name}'.` })),
];

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'out/',
    'release/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    '.data/',
    '.tmp/',
    'test/fixtures/**',
    // models/ holds ONNX weights, vocabularies and cards; only the training pipeline is code.
    'models/*',
    '!models/training/',
  ]),

  // Plain JavaScript: config files, bin/ launchers, build scripts.
  {
    files: JS_FILES,
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.commonjs } },
  },

  // TypeScript everywhere (main, renderer, shared, test, scripts, models/training, root *.ts).
  {
    files: TS_FILES,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { sourceType: 'module' },
    rules: {
      // Path, file-name and text sanitising matches control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Rules for every linted file; folder blocks below restate them with their own additions.
  {
    files: ALL_FILES,
    rules: {
      'no-restricted-syntax': restrictedSyntax,
      'no-restricted-properties': restrictedProperties,
      'no-restricted-imports': restrictedImports(electronImport),
    },
  },

  // Node side.
  {
    files: ['main/**', 'test/**', 'scripts/**', 'bin/**', 'models/training/**', '*.{ts,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The one place allowed to import electron.
    files: ['main/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },

  // Browser side: sandboxed React renderer.
  {
    files: ['renderer/**'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrictedImports(electronImport, nodeBuiltinImport('renderer/'), nativeImport('renderer/')),
      'no-restricted-globals': restrictedGlobals(NODE_GLOBALS, 'renderer/ (sandboxed, no Node)'),
    },
  },

  // Contract and pure domain code: neither Node nor DOM.
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrictedImports(electronImport, nodeBuiltinImport('shared/'), nativeImport('shared/')),
      'no-restricted-globals': restrictedGlobals([...NODE_GLOBALS, ...DOM_GLOBALS], 'shared/ (pure code, both processes)'),
    },
  },
]);
