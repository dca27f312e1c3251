import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../main/security/sender';

describe('isTrustedSender', () => {
  it('trusts only the main frame of our own app:// page', () => {
    expect(isTrustedSender('app://judgedesk/index.html', true)).toBe(true);
    expect(isTrustedSender('app://judgedesk/index.html#/cases/1', true)).toBe(true);
  });

  it('refuses subframes, other origins and gone frames', () => {
    expect(isTrustedSender('app://judgedesk/index.html', false)).toBe(false);
    expect(isTrustedSender('app://other/index.html', true)).toBe(false);
    expect(isTrustedSender('https://judgedesk/index.html', true)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/', true)).toBe(false);
    expect(isTrustedSender('file:///app/dist/renderer/index.html', true)).toBe(false);
    expect(isTrustedSender('about:blank', true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});
