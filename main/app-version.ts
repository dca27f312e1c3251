import packageJson from '../package.json';

/** Taken from package.json at build time, so every host reports the same version. */
export const appVersion: string = packageJson.version;
