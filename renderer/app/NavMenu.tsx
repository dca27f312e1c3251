import { Menu, Tooltip } from 'antd';
import { useT } from '../i18n';
import { navIcons } from './navIcons';
import { hashFor, routeIds, shortcutLabel, type RouteId } from './routes';

/** Left navigation; every entry is a real link (#/id) with its Alt shortcut in a tooltip. */
export function NavMenu({ route, onNavigate }: { route: RouteId; onNavigate: (r: RouteId) => void }) {
  const t = useT();
  const items = routeIds.map((id) => {
    const shortcut = shortcutLabel(id);
    const label = t(`nav.${id}`);
    return {
      key: id,
      icon: navIcons[id],
      label: (
        <Tooltip placement="right" title={shortcut ? t('nav.shortcut', { key: shortcut }) : undefined}>
          <a
            href={hashFor(id)}
            data-testid={`nav-${id}`}
            aria-keyshortcuts={shortcut ?? undefined}
            onClick={(event) => {
              event.preventDefault();
              onNavigate(id);
            }}
          >
            {label}
          </a>
        </Tooltip>
      ),
    };
  });
  return (
    <Menu
      mode="inline"
      theme="dark"
      selectedKeys={[route]}
      items={items}
      tooltip={false}
      onClick={({ key }) => onNavigate(key as RouteId)}
    />
  );
}
