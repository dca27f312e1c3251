import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../main/security/csp';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name ?? '', sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const directives = parse(contentSecurityPolicy());

  it('starts from nothing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('allows only what a Vite + antd bundle needs', () => {
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
    });
  });

  it('never allows script evaluation or remote sources', () => {
    const policy = contentSecurityPolicy();
    for (const forbidden of ["'unsafe-eval'", 'http:', 'https:', 'ws:', 'wss:', '*', 'blob:']) {
      expect(policy.split(/[\s;]+/)).not.toContain(forbidden);
    }
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });
});
