import { useCallback, useState } from 'react';
import { hashFor, type RouteId } from './routes';

/**
 * The id of the record a page has open rides in the hash (#/<route>?id=…), so a reload reopens
 * it. replaceState: no hashchange, so the shell's router does not remount the page.
 */
export function useOpenIdInHash(route: RouteId): { openId: string | null; open: (id: string) => void; close: () => void } {
  const [openId, setOpenId] = useState<string | null>(() => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('id'));
  const setHashId = useCallback(
    (id: string | null) => window.history.replaceState(null, '', id ? `${hashFor(route)}?id=${encodeURIComponent(id)}` : hashFor(route)),
    [route],
  );
  const open = useCallback(
    (id: string) => {
      setHashId(id);
      setOpenId(id);
    },
    [setHashId],
  );
  const close = useCallback(() => {
    setHashId(null);
    setOpenId(null);
  }, [setHashId]);
  return { openId, open, close };
}
