import { Empty, Select, Space, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { isAiFeatureEnabled } from '../../../shared/contract';
import { casesList } from '../../../shared/contract/channels/cases';
import { useInvoke } from '../../api/useInvoke';
import { useAppState } from '../../app/AppStateProvider';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { AddressPanel } from '../service-address/AddressPanel';
import { ChecklistPanel } from './ChecklistPanel';
import { TriagePanel } from '../triage/TriagePanel';

/**
 * 证据指引 page: for the current case (or one picked here) the evidence checklist with suggested
 * statuses, the 繁简分流 suggestion and the ranked service addresses. Alt+G/T/D switch tabs.
 */
export function ChecklistsPage() {
  const { aiSwitches, currentCase } = useAppState();
  const t = useT();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string | null>(currentCase?.caseId ?? null);
  const [tab, setTab] = useState('checklist');
  const cases = useInvoke(casesList, { query, limit: 50 }, query);
  const caseId = picked ?? currentCase?.caseId ?? null;
  const on = (f: 'evidenceGuidance' | 'triage' | 'backfill') => (aiSwitches ? isAiFeatureEnabled(aiSwitches, f) : true);

  useEffect(() => {
    const keys: Record<string, string> = { KeyG: 'checklist', KeyT: 'triage', KeyD: 'addresses' };
    const onKey = (e: KeyboardEvent) => {
      const next = e.altKey && !e.ctrlKey && !e.metaKey ? keys[e.code] : undefined;
      if (next) {
        e.preventDefault();
        setTab(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const panel = (feature: 'evidenceGuidance' | 'triage' | 'backfill', node: ReactNode) =>
    on(feature) ? node : <AiDisabledNotice feature={feature} />;

  return (
    <div data-testid="evidence-page">
      <PageHeader title={t('checklists.title')} />
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Text>{t('checklists.case')}</Typography.Text>
        <Select
          showSearch
          style={{ width: 460 }}
          placeholder={t('checklists.casePlaceholder')}
          filterOption={false}
          onSearch={setQuery}
          value={caseId ?? undefined}
          onChange={(id: string) => setPicked(id)}
          options={(cases.data?.items ?? []).map((c) => ({
            value: c.id,
            label: `${c.caseNumber} · ${c.causeOfAction} · ${c.partiesLine}`,
          }))}
          data-testid="evidence-case-select"
        />
        <Typography.Text type="secondary">{t('checklists.keys')}</Typography.Text>
      </Space>
      {!caseId ? (
        <Empty description={t('checklists.noCase')} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'checklist',
              label: t('checklists.tab.checklist'),
              children: panel('evidenceGuidance', <ChecklistPanel caseId={caseId} />),
            },
            { key: 'triage', label: t('checklists.tab.triage'), children: panel('triage', <TriagePanel caseId={caseId} />) },
            { key: 'addresses', label: t('checklists.tab.addresses'), children: panel('backfill', <AddressPanel caseId={caseId} />) },
          ]}
        />
      )}
    </div>
  );
}
