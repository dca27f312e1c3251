import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { settings, system, type AiFeature, type AiSwitches, type ResponseOf } from '../../shared/contract';
import { invoke } from '../api/client';

export type SystemInfo = ResponseOf<typeof system.systemInfo>;

/** 当前案件: the case the judge is working on; set by the 案件 page once it exists. */
export interface CaseContext {
  caseId: string;
  caseNumber: string;
  /** 案由 */
  causeOfAction: string;
}

interface AppState {
  systemInfo: SystemInfo | null;
  systemError: unknown;
  aiSwitches: AiSwitches | null;
  aiError: unknown;
  currentCase: CaseContext | null;
  setCurrentCase: (next: CaseContext | null) => void;
  reloadAll: () => void;
  /** Saves one switch and returns the switches the main side now holds. */
  setAiSwitch: (scope: 'global' | AiFeature, enabled: boolean) => Promise<AiSwitches>;
}

const AppStateContext = createContext<AppState | null>(null);

/** Session-wide state the shell and every page read: who/what/where, and the AI switches. */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const [systemInfo, setSystemInfo] = useState<SystemInfo | null>(null);
  const [systemError, setSystemError] = useState<unknown>(null);
  const [aiSwitches, setAiSwitches] = useState<AiSwitches | null>(null);
  const [aiError, setAiError] = useState<unknown>(null);
  const [currentCase, setCurrentCase] = useState<CaseContext | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    invoke(system.systemInfo, {}).then(
      (info) => live && (setSystemInfo(info), setSystemError(null)),
      (error: unknown) => live && setSystemError(error),
    );
    invoke(settings.aiSwitchesGet, {}).then(
      (switches) => live && (setAiSwitches(switches), setAiError(null)),
      (error: unknown) => live && setAiError(error),
    );
    return () => {
      live = false;
    };
  }, [tick]);

  // Another window or the CLI may change the switches; re-read them when the user comes back.
  useEffect(() => {
    const onFocus = () => {
      invoke(settings.aiSwitchesGet, {}).then(
        (switches) => (setAiSwitches(switches), setAiError(null)),
        (error: unknown) => setAiError(error),
      );
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const reloadAll = useCallback(() => setTick((n) => n + 1), []);

  const setAiSwitch = useCallback(async (scope: 'global' | AiFeature, enabled: boolean) => {
    const next = await invoke(settings.aiSwitchesSet, { scope, enabled });
    setAiSwitches(next);
    setAiError(null);
    return next;
  }, []);

  const value = useMemo<AppState>(
    () => ({
      systemInfo,
      systemError,
      aiSwitches,
      aiError,
      currentCase,
      setCurrentCase,
      reloadAll,
      setAiSwitch,
    }),
    [systemInfo, systemError, aiSwitches, aiError, currentCase, reloadAll, setAiSwitch],
  );

  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('useAppState must be used inside <AppStateProvider>');
  return value;
}
