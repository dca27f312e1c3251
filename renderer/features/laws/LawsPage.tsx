import { Col, Row, Tabs, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAiFeatureEnabled } from '../../../shared/contract';
import { useAppState } from '../../app/AppStateProvider';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { ArticleView } from './ArticleView';
import { CitationCheckPanel } from './CitationCheckPanel';
import { isFocusSearchShortcut, type ArticleTarget } from './law-view-model';
import { LawPushPanel } from './LawPushPanel';
import { LawSearchPanel } from './LawSearchPanel';

type Tab = 'search' | 'push' | 'cite';

/**
 * 法条: search (Enter searches, Ctrl+K focuses the box), the article view beside every tab,
 * 法条推送 (AI, obeys its switch) and 引用核查.
 */
export function LawsPage() {
  const t = useT();
  const { aiSwitches, currentCase } = useAppState();
  const pushEnabled = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'lawPush') : false;
  const [tab, setTab] = useState<Tab>('search');
  const [target, setTarget] = useState<ArticleTarget | null>(null);
  const searchRef = useRef<InputRef>(null);

  const focusSearch = useCallback(() => {
    setTab('search');
    // The search tab may be mounting: focus once it is on screen.
    requestAnimationFrame(() => searchRef.current?.focus({ cursor: 'all' }));
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isFocusSearchShortcut(event)) return;
      event.preventDefault();
      focusSearch();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusSearch]);

  const items = [
    {
      key: 'search',
      label: <span data-testid="laws-tab-search">{t('laws.tab.search')}</span>,
      children: <LawSearchPanel inputRef={searchRef} onOpen={setTarget} />,
    },
    {
      key: 'push',
      label: <span data-testid="laws-tab-push">{t('laws.tab.push')}</span>,
      children: pushEnabled ? (
        <LawPushPanel caseId={currentCase?.caseId ?? null} onOpen={setTarget} />
      ) : (
        <div data-testid="law-push-disabled">
          <AiDisabledNotice feature="lawPush" />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('laws.push.manualOnly')}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      key: 'cite',
      label: <span data-testid="laws-tab-cite">{t('laws.tab.cite')}</span>,
      children: <CitationCheckPanel onOpen={setTarget} />,
    },
  ];

  return (
    <div data-testid="laws-page">
      <PageHeader title={t('laws.title')} />
      <Row gutter={24} wrap={false}>
        <Col flex="1 1 58%" style={{ minWidth: 0 }}>
          <Tabs activeKey={tab} onChange={(key) => setTab(key as Tab)} items={items} />
        </Col>
        <Col flex="1 1 42%" style={{ minWidth: 0 }}>
          <div style={{ position: 'sticky', top: 0, paddingTop: 54 }}>
            <ArticleView target={target} onNavigate={setTarget} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
