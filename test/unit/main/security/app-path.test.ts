import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../../main/security/app-path';

const root = path.resolve('/opt/judgedesk/resources/app');
const renderer = path.join(root, 'dist', 'renderer');

function isInsideRenderer(resolved: string): boolean {
  const relative = path.relative(renderer, resolved);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

describe('resolveAppPath', () => {
  it('maps app://judgedesk/<path> into the built renderer', () => {
    expect(resolveAppPath(root, 'app://judgedesk/index.html')).toBe(path.join(renderer, 'index.html'));
    expect(resolveAppPath(root, 'app://judgedesk/assets/index-Bx1.js')).toBe(path.join(renderer, 'assets', 'index-Bx1.js'));
    expect(resolveAppPath(root, 'app://judgedesk/assets/index.css?v=1#x')).toBe(path.join(renderer, 'assets', 'index.css'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(root, 'app://judgedesk/')).toBe(path.join(renderer, 'index.html'));
    expect(resolveAppPath(root, 'app://judgedesk')).toBe(path.join(renderer, 'index.html'));
  });

  it('decodes ordinary percent-encoding (Chinese file names)', () => {
    expect(resolveAppPath(root, 'app://judgedesk/fonts/%E5%AE%8B%E4%BD%93.woff2')).toBe(path.join(renderer, 'fonts', '宋体.woff2'));
  });

  it.each([
    'app://judgedesk/../package.json',
    'app://judgedesk/assets/../../package.json',
    'app://judgedesk/./index.html',
    'app://judgedesk/%2e%2e/package.json',
    'app://judgedesk/%2E%2E/%2e%2E/etc/passwd',
    'app://judgedesk/.%2e/package.json',
    'app://judgedesk/%252e%252e/package.json',
    'app://judgedesk/..%2fpackage.json',
    'app://judgedesk/..%5cpackage.json',
    'app://judgedesk/assets\\..\\..\\package.json',
    'app://judgedesk/%5C..%5Cpackage.json',
    'app://judgedesk//etc/passwd',
    'app://judgedesk/C:/Windows/win.ini',
    'app://judgedesk/C%3A%5CWindows%5Cwin.ini',
    'app://judgedesk/index.html%00.png',
    'app://judgedesk/index.html\u0000.png',
    'app://judgedesk/index.html.',
    'app://judgedesk/%E0%A4%A',
    'app://judgedesk/assets/',
    'app://other/index.html',
    'app://judgedesk.evil/index.html',
    'app://judgedesk:80/index.html',
    'app://user:pw@judgedesk/index.html',
    'APP://judgedesk/index.html',
    'file:///opt/judgedesk/resources/app/dist/renderer/index.html',
    'https://judgedesk/index.html',
    '/etc/passwd',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('refuses an empty root', () => {
    expect(resolveAppPath('', 'app://judgedesk/index.html')).toBeNull();
  });

  it('never resolves outside the renderer directory (property)', () => {
    const tricky = fc.constantFrom(
      '.',
      '..',
      '/',
      '\\',
      '%',
      '%2e',
      '%2E',
      '%2f',
      '%2F',
      '%5c',
      '%5C',
      '%00',
      '%25',
      ':',
      'C:',
      'a',
      'b.js',
      '\u0000',
      '~',
      ' ',
      '?',
      '#',
      'assets',
      'index.html',
      '宋',
      '%E5%AE%8B',
    );
    const pathArb = fc.oneof(
      fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join('/')),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(pathArb, (suffix) => {
        const resolved = resolveAppPath(root, `app://judgedesk/${suffix}`);
        return resolved === null || isInsideRenderer(resolved);
      }),
      { numRuns: 5000 },
    );
  });
});
