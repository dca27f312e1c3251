/**
 * Chromium command-line switches that keep the browser layer itself from talking to anyone.
 * The webRequest filter stops the renderer; these stop Chromium's own background services.
 */
export const offlineSwitches: ReadonlyArray<readonly [name: string, value?: string]> = [
  // Resolve no host name at all: even a request that slipped past every other guard has no address.
  ['host-resolver-rules', 'MAP * ~NOTFOUND'],
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['no-pings'],
];
