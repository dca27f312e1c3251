import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebHost } from '../../../../main/host/web';
import { startWebHost } from '../../../../main/host/web';
import { contentSecurityPolicy } from '../../../../main/security/csp';
import { invokeRequest, rawRequest } from '../../../helpers/http';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

describe('web host', () => {
  let t: TempApp;
  let staticDir: string;
  let host: WebHost | undefined;

  beforeEach(() => {
    t = openTempApp();
    staticDir = join(t.dir, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>审判辅助工作台</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    // A file beside the static root that traversal would reach.
    writeFileSync(join(t.dir, 'secret.txt'), '机密');
  });
  afterEach(async () => {
    await host?.close();
    host = undefined;
    t.cleanup();
  });

  const start = async (extra: { maxBodyBytes?: number } = {}) => {
    host = await startWebHost({ app: t.app, staticDir, ...extra });
    return host;
  };

  it.each(['0.0.0.0', '192.168.1.10', '::', '10.0.0.1', 'example.com'])(
    'refuses to listen on %s with the Chinese error',
    async (address) => {
      await expect(startWebHost({ app: t.app, staticDir, address, port: 0 })).rejects.toThrow(
        `拒绝在 ${address} 上监听：JudgeDesk 网页服务只允许绑定本机回环地址 127.0.0.1`,
      );
    },
  );

  it('listens on 127.0.0.1 by default and reports its url', async () => {
    const h = await start();
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/`);
    expect(h.port).toBeGreaterThan(0);
  });

  it('serves index.html with the CSP and security headers', async () => {
    const h = await start();
    for (const path of ['/', '/index.html', '/?x=1']) {
      const res = await rawRequest(h.port, { path });
      expect(res.status).toBe(200);
      expect(res.body).toContain('审判辅助工作台');
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy());
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    const js = await rawRequest(h.port, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers POST /api/invoke system.info, also with the real fetch', async () => {
    const h = await start();
    const res = await invokeRequest(h.port, 'system.info', {});
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { host: 'web', offline: true } });

    const viaFetch = await fetch(`${h.url}api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${h.port}` },
      body: JSON.stringify({ channel: 'system.info', payload: {} }),
    });
    expect(viaFetch.status).toBe(200);
    expect(await viaFetch.json()).toMatchObject({ ok: true, value: { user: { name: '本机用户' } } });
  });

  it('passes API errors through as results', async () => {
    const h = await start();
    expect(JSON.parse((await invokeRequest(h.port, 'nope', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(JSON.parse((await invokeRequest(h.port, 'system.info', { x: 1 })).body)).toMatchObject({
      error: { code: 'VALIDATION' },
    });
  });

  it.each(['evil.example:80', 'evil.example', '127.0.0.1', '127.0.0.1:1', '192.168.1.10:PORT', 'localhost.evil.com:PORT'])(
    'answers 421 to Host %s (DNS rebinding)',
    async (hostHeader) => {
      const h = await start();
      const host = hostHeader.replace('PORT', String(h.port));
      const page = await rawRequest(h.port, { headers: { host } });
      expect(page.status).toBe(421);
      expect(page.body).not.toContain('审判辅助工作台');
      const api = await invokeRequest(h.port, 'system.info', {}, { host });
      expect(api.status).toBe(421);
      expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    },
  );

  it('accepts the loopback names as Host', async () => {
    const h = await start();
    for (const host of [`localhost:${h.port}`, `127.0.0.1:${h.port}`, `LOCALHOST:${h.port}`]) {
      expect((await rawRequest(h.port, { headers: { host } })).status).toBe(200);
    }
  });

  it.each(['http://evil.example', 'null', 'https://127.0.0.1:PORT', 'http://127.0.0.1:1', 'http://localhost.evil:PORT'])(
    'answers 403 to a foreign Origin %s and does not run the call',
    async (origin) => {
      const h = await start();
      const res = await invokeRequest(
        h.port,
        'settings.ai.set',
        { scope: 'global', enabled: false },
        {
          origin: origin.replace('PORT', String(h.port)),
        },
      );
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const check = JSON.parse((await invokeRequest(h.port, 'settings.ai.get', {})).body);
      expect(check.value.global).toBe(true);
    },
  );

  it('accepts its own origin', async () => {
    const h = await start();
    const res = await invokeRequest(h.port, 'system.info', {}, { origin: `http://localhost:${h.port}` });
    expect(res.status).toBe(200);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])(
    'answers 415 to content-type %j',
    async (contentType) => {
      const h = await start();
      const res = await rawRequest(h.port, {
        method: 'POST',
        path: '/api/invoke',
        headers: contentType ? { 'content-type': contentType } : {},
        body: JSON.stringify({ channel: 'system.info', payload: {} }),
      });
      expect(res.status).toBe(415);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '请求必须是 JSON' } });
    },
  );

  it('answers 400 to a body that is not JSON, or not an object', async () => {
    const h = await start();
    for (const body of ['{not json', '', 'null', '42']) {
      const res = await rawRequest(h.port, {
        method: 'POST',
        path: '/api/invoke',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('refuses a body over maxBodyBytes with a 400 naming the limit, and keeps serving', async () => {
    const h = await start({ maxBodyBytes: 1024 });
    for (const size of [2_000, 3_000_000]) {
      const res = await rawRequest(h.port, {
        method: 'POST',
        path: '/api/invoke',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'settings.ai.set', payload: { scope: 'global', enabled: false, pad: 'a'.repeat(size) } }),
      });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining('请求体超过 1 KB 上限') },
      });
    }
    // Nothing ran, and the host still answers a request under the limit.
    const check = await invokeRequest(h.port, 'settings.ai.get', {});
    expect(check.status).toBe(200);
    expect(JSON.parse(check.body).value.global).toBe(true);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..\\secret.txt',
    '/..%5csecret.txt',
    '/%5c..%5csecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/%00/index.html',
    '/index.html%00.js',
    '/%',
    '/missing.html',
    '/assets',
  ])('answers 404 to %s', async (path) => {
    const h = await start();
    const res = await rawRequest(h.port, { path });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('机密');
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy());
  });

  it('answers 405 to other methods', async () => {
    const h = await start();
    expect((await rawRequest(h.port, { method: 'PUT', path: '/index.html' })).status).toBe(405);
    expect((await rawRequest(h.port, { method: 'DELETE', path: '/api/invoke' })).status).toBe(405);
  });
});
