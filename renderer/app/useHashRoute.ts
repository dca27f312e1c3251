import { useCallback, useEffect, useState } from 'react';
import { hashFor, parseHash, routeForShortcut, type RouteId } from './routes';

/** Hash routing: works unchanged under app://judgedesk/ and http://127.0.0.1:PORT/. */
export function useHashRoute(): [RouteId, (route: RouteId) => void] {
  const [route, setRoute] = useState<RouteId>(() => parseHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((next: RouteId) => {
    window.location.hash = hashFor(next);
  }, []);

  return [route, navigate];
}

/** Alt+1 … Alt+9, Alt+0 jump to the navigation entries. */
export function useNavigationShortcuts(navigate: (route: RouteId) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = routeForShortcut(event);
      if (!target) return;
      event.preventDefault();
      navigate(target);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
