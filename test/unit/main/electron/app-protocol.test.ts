import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAppRequest } from '../../../../main/electron/app-protocol';
import { mimeTypeFor } from '../../../../main/security/mime';
import { contentSecurityPolicy } from '../../../../main/security/csp';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'judgedesk-app-protocol-'));
  mkdirSync(path.join(root, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>审判辅助工作台</title>');
  writeFileSync(path.join(root, 'dist', 'renderer', 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'package.json'), '{"secret":true}');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handleAppRequest(new Request(url, { method }), root);

describe('handleAppRequest', () => {
  it('serves the renderer with its content type and the CSP', async () => {
    const response = await get('app://judgedesk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('审判辅助工作台');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://judgedesk/assets/main.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file inside the renderer', async () => {
    const response = await get('app://judgedesk/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it('answers 403 for anything outside the allow-list', async () => {
    for (const url of ['app://judgedesk/assets%5c..%5c..%5c..%5cpackage.json', 'app://other/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
    }
  });

  it('never serves a file above the renderer, whatever the URL parser made of it', async () => {
    // Request() (like Chromium) folds %2e%2e segments before the handler sees the URL: it arrives
    // as app://judgedesk/package.json, which resolves inside dist/renderer and is not there.
    for (const url of ['app://judgedesk/%2e%2e/%2e%2e/package.json', 'app://judgedesk/../../package.json']) {
      const response = await get(url);
      expect(response.status, url).not.toBe(200);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('serves HEAD without a body and refuses other methods', async () => {
    const head = await get('app://judgedesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://judgedesk/index.html', 'POST')).status).toBe(405);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.bin', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
