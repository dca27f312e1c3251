/**
 * Navigation entries in display order; the first ten get Alt+1 … Alt+9, Alt+0. Each id is the
 * name of the capability the page serves, as in its contract channels, api file and service folder.
 */
export const routeIds = [
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
  'models',
  'calculators',
] as const;
export type RouteId = (typeof routeIds)[number];
export const defaultRoute: RouteId = 'cases';

export function isRouteId(value: string): value is RouteId {
  return (routeIds as readonly string[]).includes(value);
}

/** '#/audit', '#/audit?x=1', '#audit' → 'audit'; anything unknown → the default page. */
export function parseHash(hash: string): RouteId {
  const path = hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';
  return isRouteId(path) ? path : defaultRoute;
}

export function hashFor(route: RouteId): string {
  return `#/${route}`;
}

export function shortcutLabel(route: RouteId): string | null {
  const index = routeIds.indexOf(route);
  if (index < 0 || index > 9) return null;
  return `Alt+${(index + 1) % 10}`;
}

export interface KeyLike {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** Physical key, e.g. 'Digit1' / 'Numpad1': stable across layouts and macOS Option. */
  code: string;
}

export function routeForShortcut(event: KeyLike): RouteId | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const match = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
  if (!match) return null;
  const digit = Number(match[1]);
  const index = digit === 0 ? 9 : digit - 1;
  return routeIds[index] ?? null;
}
