import { ToolOutlined } from '@ant-design/icons';
import { Empty, Space } from 'antd';
import { isAiFeatureEnabled } from '../../../shared/contract';
import { useAppState } from '../../app/AppStateProvider';
import { routeAiFeature, type RouteId } from '../../app/routes';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';

export type PlannedRoute = 'cases' | 'evidence' | 'similar' | 'laws' | 'drafting' | 'review' | 'transcript' | 'deviation';

/** An honest placeholder: says what the capability will do, shows no made-up data. */
export function UnderConstructionPage({ route }: { route: PlannedRoute & RouteId }) {
  const t = useT();
  const { aiSwitches } = useAppState();
  const feature = routeAiFeature[route];
  const aiOff = feature && aiSwitches ? !isAiFeatureEnabled(aiSwitches, feature) : false;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title={t(`nav.${route}`)} />
      {aiOff && feature ? <AiDisabledNotice feature={feature} /> : null}
      <Empty
        data-testid="under-construction"
        image={<ToolOutlined style={{ fontSize: 48, color: '#bfbfbf' }} />}
        description={
          <Space orientation="vertical" size={4}>
            <strong>{t('building.title')}</strong>
            <span>{t(`building.${route}`)}</span>
          </Space>
        }
      />
    </Space>
  );
}
