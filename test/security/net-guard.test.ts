import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNetGuardLog } from '../net-guard/read-log';

const guard = resolve('test/net-guard/register.mjs');
const dir = mkdtempSync(join(tmpdir(), 'judgedesk-netguard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The guard is what lets the end-to-end run claim "no socket, no lookup outside loopback": this
 * proves it catches deliberate outbound attempts of every kind, and lets loopback through.
 */
describe('net guard self-test', () => {
  it('records and refuses every outbound attempt, and allows loopback', () => {
    const log = join(dir, 'guard.log');
    const script = `
      import net from 'node:net'; import dns from 'node:dns'; import dgram from 'node:dgram'; import http from 'node:http';
      const results = {};
      const settle = (p) => p.then(() => 'ok', (e) => e.code ?? e.cause?.code ?? e.message);
      results.fetch = await settle(fetch('https://example.com/'));
      results.connect = await settle(new Promise((res, rej) => net.connect(443, '93.184.216.34').on('connect', res).on('error', rej)));
      results.lookup = await settle(dns.promises.lookup('example.com'));
      results.lookupCb = await settle(new Promise((res, rej) => dns.lookup('example.org', (e) => (e ? rej(e) : res()))));
      results.resolver = await settle(new dns.promises.Resolver().resolve4('example.net'));
      dgram.createSocket('udp4').send('x', 53, '8.8.8.8');
      const server = http.createServer((q, r) => r.end('hi')).listen(0, '127.0.0.1');
      await new Promise((r) => server.on('listening', r));
      results.loopback = await (await fetch('http://127.0.0.1:' + server.address().port + '/')).text();
      server.close();
      console.log(JSON.stringify(results));
    `;
    const out = execFileSync(process.execPath, ['--no-warnings', '--import', guard, '--input-type=module', '-e', script], {
      env: { ...process.env, JUDGEDESK_NET_GUARD_LOG: log },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const results = JSON.parse(out.trim().split('\n').pop() as string) as Record<string, string>;
    expect(results.loopback).toBe('hi');
    for (const key of ['connect', 'lookup', 'lookupCb', 'resolver']) expect(results[key]).toBe('ENETGUARD');
    expect(results.fetch).not.toBe('ok');

    const records = readNetGuardLog(log);
    const kinds = records.map((r) => `${r.kind} ${r.target}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'connect example.com:443',
        'connect 93.184.216.34:443',
        'dns.promises.lookup example.com',
        'dns.lookup example.org',
        'udp 8.8.8.8',
      ]),
    );
    expect(kinds.some((k) => k.startsWith('Resolver.resolve4 example.net'))).toBe(true);
    expect(kinds.some((k) => k.includes('127.0.0.1'))).toBe(false);
  });
});
