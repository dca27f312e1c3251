import { Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Case } from '../../../shared/contract/channels/cases';
import { casesGet } from '../../../shared/contract/channels/cases';
import { invoke } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAppState } from '../../app/AppStateProvider';
import { CaseDetail } from './CaseDetail';
import { CaseForm } from './CaseForm';
import { CaseListView } from './CaseListView';

type View = { kind: 'list' } | { kind: 'create' } | { kind: 'detail'; id: string } | { kind: 'edit'; id: string };

/** 案件: list → detail → edit; opening a case makes it the current case in the header. */
export function CasesPage() {
  const { currentCase, setCurrentCase } = useAppState();
  const [view, setView] = useState<View>(currentCase ? { kind: 'detail', id: currentCase.caseId } : { kind: 'list' });
  const [loaded, setLoaded] = useState<Case | null>(null);
  const [failed, setFailed] = useState<{ id: string; error: unknown } | null>(null);

  const show = useCallback(
    (c: Case) => {
      setLoaded(c);
      if (c.status === 'removed') setCurrentCase(null);
      else setCurrentCase({ caseId: c.id, caseNumber: c.caseNumber, causeOfAction: c.causeOfAction });
    },
    [setCurrentCase],
  );

  const id = view.kind === 'detail' || view.kind === 'edit' ? view.id : null;
  useEffect(() => {
    if (!id || loaded?.id === id) return;
    let live = true;
    invoke(casesGet, { id }).then(
      (c) => live && show(c),
      (error: unknown) => live && setFailed({ id, error }),
    );
    return () => {
      live = false;
    };
  }, [id, loaded?.id, show]);

  if (view.kind === 'list') {
    return <CaseListView onOpen={(c) => setView({ kind: 'detail', id: c.id })} onCreate={() => setView({ kind: 'create' })} />;
  }
  if (view.kind === 'create') {
    return (
      <CaseForm
        onSaved={(c) => {
          show(c);
          setView({ kind: 'detail', id: c.id });
        }}
        onCancel={() => setView({ kind: 'list' })}
      />
    );
  }
  if (failed && failed.id === view.id) return <ApiErrorAlert error={failed.error} onRetry={() => setView({ kind: 'list' })} />;
  if (!loaded || loaded.id !== view.id) return <Spin />;
  if (view.kind === 'edit') {
    return (
      <CaseForm
        key={`${loaded.id}:${loaded.version}`}
        editing={loaded}
        onSaved={(c) => {
          show(c);
          setView({ kind: 'detail', id: c.id });
        }}
        onCancel={() => setView({ kind: 'detail', id: loaded.id })}
      />
    );
  }
  return (
    <CaseDetail
      value={loaded}
      onChange={show}
      onEdit={() => setView({ kind: 'edit', id: loaded.id })}
      onBack={() => setView({ kind: 'list' })}
    />
  );
}
