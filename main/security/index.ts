// Pure security policy for the Electron host: no 'electron' import, so every rule is unit-tested.
export * from './app-origin';
export * from './app-path';
export * from './csp';
export * from './offline-switches';
export * from './permissions';
export * from './request-filter';
export * from './sender';
export * from './web-preferences';
