import path from 'node:path';

/**
 * Models are unpacked from the asar archive (electron-builder.yml asarUnpack) because
 * onnxruntime reads them with its own file I/O, which cannot see inside app.asar.
 */
export function modelsDirFor(appPath: string): string {
  const unpacked = appPath.replace(/\.asar(?=$|[\\/])/, '.asar.unpacked');
  return path.join(unpacked, 'models');
}
