import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../../main/host/static-files';
import { tempDir } from '../../../helpers/temp-app';

describe('resolveStaticFile', () => {
  let tmp: ReturnType<typeof tempDir>;
  let root: string;
  beforeAll(() => {
    tmp = tempDir();
    root = join(tmp.dir, 'renderer');
    mkdirSync(join(root, 'assets', 'deep'), { recursive: true });
    writeFileSync(join(root, 'index.html'), 'i');
    writeFileSync(join(root, 'assets', 'app.js'), 'a');
    writeFileSync(join(root, 'assets', 'deep', '文书.css'), 'c');
    // Siblings that share the root's name as a prefix, and files above the root.
    mkdirSync(join(tmp.dir, 'renderer-evil'));
    writeFileSync(join(tmp.dir, 'renderer-evil', 'index.html'), 'evil');
    writeFileSync(join(tmp.dir, 'secret.txt'), 's');
    writeFileSync(join(tmp.dir, 'package.json'), '{}');
  });
  afterAll(() => tmp.cleanup());

  it('maps / and files inside the root', () => {
    expect(resolveStaticFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '/index.html?v=2')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticFile(root, '//assets//app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticFile(root, `/assets/deep/${encodeURIComponent('文书.css')}`)).toBe(join(root, 'assets', 'deep', '文书.css'));
  });

  it('refuses directories, missing files and every spelling of traversal', () => {
    for (const p of [
      '/assets',
      '/nope.js',
      '/../secret.txt',
      '/../package.json',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/assets/../index.html',
      '/./index.html',
      '/%2e/index.html',
      '/../renderer-evil/index.html',
      '/%00index.html',
      '/index.html%00',
      '/%E0%A4%A',
      '/%',
    ]) {
      expect(resolveStaticFile(root, p), p).toBeNull();
    }
  });

  it('property: no generated path ever resolves outside the root', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '..%2f',
        '..%5c',
        '%2f',
        '%5c',
        '\\',
        '%00',
        'assets',
        'index.html',
        'app.js',
        'secret.txt',
        'package.json',
        'renderer-evil',
        'renderer',
        '',
        '%',
        '~',
        '/',
      ),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    const path = fc
      .tuple(fc.array(segment, { maxLength: 8 }), fc.constantFrom('/', '//', '\\', ''), fc.option(fc.string({ maxLength: 5 })))
      .map(([segs, lead, query]) => `${lead}${segs.join('/')}${query === null ? '' : `?${query}`}`);
    fc.assert(
      fc.property(path, (p) => {
        const resolved = resolveStaticFile(root, p);
        if (resolved !== null) {
          expect(resolved.startsWith(root + sep)).toBe(true);
          expect(resolved.slice(root.length + 1).split(sep)).not.toContain('..');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('property: a path built only from real names resolves inside the root or not at all', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', 'assets', 'deep', 'app.js', 'index.html', '文书.css'), { maxLength: 5 }), (segs) => {
        const resolved = resolveStaticFile(root, `/${segs.join('/')}`);
        if (segs.includes('..')) expect(resolved).toBeNull();
        else if (resolved !== null) expect(resolved.startsWith(root + sep)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
