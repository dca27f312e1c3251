import { App as AntApp } from 'antd';
import { I18nProvider } from '../i18n';
import { AppShell } from './AppShell';
import { AppStateProvider } from './AppStateProvider';
import './global.css';

export function Root() {
  return (
    <I18nProvider>
      <AntApp style={{ height: '100%' }}>
        <AppStateProvider>
          <AppShell />
        </AppStateProvider>
      </AntApp>
    </I18nProvider>
  );
}
