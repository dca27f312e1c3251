import { describe, expect, it } from 'vitest';
import { decidePermission } from '../../../../main/security/permissions';
import { offlineSwitches } from '../../../../main/security/offline-switches';

describe('decidePermission', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'unknown-future-permission',
  ])('denies %s', (permission) => {
    expect(decidePermission(permission)).toBe(false);
  });
});

describe('offlineSwitches', () => {
  it('makes every host name unresolvable and stops background traffic', () => {
    const switches = new Map(offlineSwitches.map(([name, value]) => [name, value]));
    expect(switches.get('host-resolver-rules')).toBe('MAP * ~NOTFOUND');
    expect(switches.has('disable-background-networking')).toBe(true);
    expect(switches.has('disable-component-update')).toBe(true);
  });
});
