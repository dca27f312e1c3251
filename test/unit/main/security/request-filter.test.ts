import { describe, expect, it } from 'vitest';
import { decideRequest } from '../../../../main/security/request-filter';

describe('decideRequest', () => {
  it.each([
    'app://judgedesk/index.html',
    'app://judgedesk/assets/index-abc123.js',
    'app://judgedesk/',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://judgedesk/6f1c1a6e-8c6a-4f0b-9d57-2d0e6d5e9b11',
  ])('allows %s', (url) => {
    expect(decideRequest(url)).toBe('allow');
  });

  it.each([
    'http://example.com/',
    'https://update.electronjs.org/',
    'http://127.0.0.1:8080/api',
    'http://localhost/',
    'ws://127.0.0.1:9222/devtools',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'devtools://devtools/bundled/inspector.html',
    'chrome://gpu',
    'chrome-extension://abc/manifest.json',
    'app://evil/index.html',
    'app://judgedesk:8080/index.html',
    'app://user@judgedesk/index.html',
    'blob:https://example.com/6f1c1a6e',
    'blob:null/6f1c1a6e',
    'javascript:alert(1)',
    'about:blank',
    'mailto:someone@example.com',
    'not a url',
    '',
  ])('cancels %s', (url) => {
    expect(decideRequest(url)).toBe('cancel');
  });
});
