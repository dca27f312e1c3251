import { describe, expect, it } from 'vitest';
import { defaultRoute, hashFor, parseHash, routeForShortcut, routeIds, shortcutLabel } from '../../../renderer/app/routes';

const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  code,
  ...mods,
});

describe('hash router', () => {
  it('keeps the capability order of the product', () => {
    expect(routeIds.slice(0, 10)).toEqual([
      'cases',
      'checklists',
      'similar-cases',
      'laws',
      'drafting',
      'review',
      'transcripts',
      'judgment',
      'audit',
      'settings',
    ]);
  });

  it('parses #/route, with or without slash, query or sub-path', () => {
    expect(parseHash('#/audit')).toBe('audit');
    expect(parseHash('#audit')).toBe('audit');
    expect(parseHash('#/audit?seq=3')).toBe('audit');
    expect(parseHash('#/models/law-push')).toBe('models');
  });

  it('falls back to the default page for empty or unknown hashes', () => {
    expect(parseHash('')).toBe(defaultRoute);
    expect(parseHash('#/')).toBe(defaultRoute);
    expect(parseHash('#/nope')).toBe(defaultRoute);
    expect(parseHash('#/__proto__')).toBe(defaultRoute);
  });

  it('round-trips every route through its hash', () => {
    for (const id of routeIds) expect(parseHash(hashFor(id))).toBe(id);
  });
});

describe('navigation shortcuts', () => {
  it('labels the first ten entries Alt+1 … Alt+9, Alt+0 and nothing after', () => {
    expect(shortcutLabel('cases')).toBe('Alt+1');
    expect(shortcutLabel('audit')).toBe('Alt+9');
    expect(shortcutLabel('settings')).toBe('Alt+0');
    expect(shortcutLabel('models')).toBeNull();
  });

  it('maps Alt+digit (top row and keypad) to the entry with that label', () => {
    expect(routeForShortcut(key('Digit1'))).toBe('cases');
    expect(routeForShortcut(key('Digit9'))).toBe('audit');
    expect(routeForShortcut(key('Digit0'))).toBe('settings');
    expect(routeForShortcut(key('Numpad4'))).toBe('laws');
    for (const id of routeIds) {
      const label = shortcutLabel(id);
      if (label) expect(routeForShortcut(key(`Digit${label.slice(-1)}`))).toBe(id);
    }
  });

  it('ignores other keys and other modifier combinations', () => {
    expect(routeForShortcut(key('Digit1', { altKey: false }))).toBeNull();
    expect(routeForShortcut(key('Digit1', { ctrlKey: true }))).toBeNull();
    expect(routeForShortcut(key('Digit1', { shiftKey: true }))).toBeNull();
    expect(routeForShortcut(key('Digit1', { metaKey: true }))).toBeNull();
    expect(routeForShortcut(key('KeyA'))).toBeNull();
  });
});
