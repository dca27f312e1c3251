// Bundles the Electron main process and the sandboxed preload into dist/electron/.
// The preload must be one self-contained CommonJS file: a sandboxed preload can require only
// 'electron'. Native modules stay external: they are loaded from node_modules (unpacked from
// app.asar) at run time, never bundled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultOutdir = path.join(root, 'dist', 'electron');

/** Native (or native-loading) packages known to the project, plus any dependency with a binding. */
const knownNative = [
  'better-sqlite3-multiple-ciphers',
  'better-sqlite3',
  'onnxruntime-node',
  'sqlite-vec',
  '@node-rs/jieba',
  'sherpa-onnx-node',
  '@gutenye/ocr-node',
  // sharp's binary lives in the per-platform @img/* packages, so the scan below cannot see it.
  'sharp',
];

function hasNativeBinding(dir, depth = 0) {
  if (depth > 3 || !existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    if (entry.isFile() && (entry.name === 'binding.gyp' || entry.name.endsWith('.node'))) return true;
    if (entry.isDirectory() && hasNativeBinding(path.join(dir, entry.name), depth + 1)) return true;
  }
  return false;
}

export function nativeExternals() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const detected = Object.keys(pkg.dependencies ?? {}).filter((name) => hasNativeBinding(path.join(root, 'node_modules', name)));
  return [...new Set([...knownNative, ...detected])];
}

// In a CommonJS bundle import.meta is empty; give code that reads import.meta.url the bundle's
// own location (dist/electron/main.cjs). main/host/paths.ts relies on this: dist/electron is two
// levels below the app root, as main/host is in the source tree.
const importMetaUrlShim = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

export async function buildElectron({ logLevel = 'warning', outdir = defaultOutdir } = {}) {
  const common = { bundle: true, format: 'cjs', sourcemap: true, logLevel, legalComments: 'none', absWorkingDir: root };
  // A Node (CommonJS) bundle run by Electron's main process or a utilityProcess.
  const nodeBundle = (entry, outfile, external = nativeExternals()) =>
    build({
      ...common,
      entryPoints: [path.join(root, entry)],
      outfile: path.join(outdir, outfile),
      platform: 'node',
      target: 'node22',
      external: ['electron', ...external],
      banner: { js: importMetaUrlShim },
      define: {
        'import.meta.url': '__importMetaUrl',
        'import.meta.dirname': '__dirname',
        'import.meta.filename': '__filename',
      },
    });
  await Promise.all([
    nodeBundle('main/electron/main.ts', 'main.cjs'),
    // The inference worker runs in its own utilityProcess (main/electron/utility-inference-link.ts).
    nodeBundle('main/inference/onnx-worker.ts', 'onnx-worker.cjs'),
    // The OCR process, a utilityProcess of its own (main/electron/utility-ocr-link.ts). The OCR
    // package is ES modules only and plain JavaScript over onnxruntime-node and sharp, so it is
    // bundled; those two stay external.
    nodeBundle(
      'main/inference/ocr-process.ts',
      'ocr-process.cjs',
      nativeExternals().filter((name) => name !== '@gutenye/ocr-node'),
    ),
    build({
      ...common,
      entryPoints: [path.join(root, 'main/electron/preload.ts')],
      outfile: path.join(outdir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
    }),
  ]);
  return {
    main: path.join(outdir, 'main.cjs'),
    preload: path.join(outdir, 'preload.cjs'),
    inferenceWorker: path.join(outdir, 'onnx-worker.cjs'),
    ocrProcess: path.join(outdir, 'ocr-process.cjs'),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildElectron({ logLevel: 'info' });
  console.log(`built ${path.relative(root, out.main)} and ${path.relative(root, out.preload)}`);
}
