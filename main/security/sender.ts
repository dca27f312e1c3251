import { isAppUrl } from './app-origin';

/**
 * IPC is answered only for our own UI: the main frame of a page served from app://judgedesk.
 * Subframes (none exist by design) and any other origin are refused, so a stray frame can
 * never reach the contract even if something were loaded by mistake.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}
