import { Layout, Typography, theme } from 'antd';
import { useT } from '../i18n';
import { CaseHeader } from './CaseHeader';
import { NavMenu } from './NavMenu';
import { PageOutlet } from './PageOutlet';
import { StatusBar } from './StatusBar';
import { useHashRoute, useNavigationShortcuts } from './useHashRoute';

export function AppShell() {
  const t = useT();
  const [route, navigate] = useHashRoute();
  useNavigationShortcuts(navigate);
  const { token } = theme.useToken();

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={200} breakpoint="lg" collapsedWidth={64} data-testid="nav">
        <div style={{ color: '#fff', padding: '16px 20px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          <div style={{ fontSize: 16, fontWeight: 600 }}>{t('app.title')}</div>
          <div style={{ fontSize: 12, opacity: 0.65 }}>{t('app.subtitle')}</div>
        </div>
        <NavMenu route={route} onNavigate={navigate} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
          }}
        >
          <CaseHeader />
        </Layout.Header>
        <Layout.Content style={{ padding: 24, overflow: 'auto' }} data-testid={`page-${route}`}>
          <main>
            <PageOutlet route={route} />
          </main>
        </Layout.Content>
        <Layout.Footer
          data-testid="status-bar"
          style={{
            padding: '4px 24px',
            background: token.colorBgContainer,
            borderTop: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Typography.Text>
            <StatusBar />
          </Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
