import { describe, expect, it } from 'vitest';
import { parseArgs, stringOption } from '../../../../main/host/args';
import { defaultDataDir } from '../../../../main/host/paths';
import { assertLoopbackAddress, isLoopbackHostHeader } from '../../../../main/host/bind-address';

describe('parseArgs', () => {
  it('splits positionals, --name value, --name=value and bare flags', () => {
    expect(parseArgs(['ai', 'set', '--data-dir', '/d', 'lawPush', '--x=1=2', '--help'])).toEqual({
      positional: ['ai', 'set', 'lawPush'],
      options: { 'data-dir': '/d', x: '1=2', help: true },
    });
    expect(parseArgs(['--a', '--b', 'v'])).toEqual({ positional: [], options: { a: true, b: 'v' } });
    expect(stringOption(parseArgs(['--flag']), 'flag')).toBeUndefined();
    expect(stringOption(parseArgs(['--n', '5']), 'n')).toBe('5');
  });
});

describe('paths and bind address', () => {
  it('defaultDataDir honours JUDGEDESK_DATA_DIR, else ~/.judgedesk', () => {
    expect(defaultDataDir({ JUDGEDESK_DATA_DIR: '/srv/jd' })).toBe('/srv/jd');
    expect(defaultDataDir({})).toMatch(/\.judgedesk$/);
  });

  it('accepts only loopback addresses and loopback Host headers with the right port', () => {
    for (const a of ['127.0.0.1', '::1', 'localhost']) expect(() => assertLoopbackAddress(a)).not.toThrow();
    for (const a of ['0.0.0.0', '::', '127.0.0.2', '']) expect(() => assertLoopbackAddress(a)).toThrow(/拒绝在/);
    expect(isLoopbackHostHeader('127.0.0.1:80', 80)).toBe(true);
    expect(isLoopbackHostHeader('[::1]:80', 80)).toBe(true);
    expect(isLoopbackHostHeader('127.0.0.1:81', 80)).toBe(false);
    expect(isLoopbackHostHeader(undefined, 80)).toBe(false);
    expect(isLoopbackHostHeader('127.0.0.1', 80)).toBe(false);
  });
});
