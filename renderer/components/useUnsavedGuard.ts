import { Modal } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useT } from '../i18n';

export interface UnsavedGuard {
  /** Runs `leave` at once when nothing is unsaved; otherwise only after the user chose to discard. */
  confirmLeave: (leave: () => void) => void;
}

/**
 * Unsaved work is not lost by accident: closing or reloading the window asks first (the browser's
 * own prompt), and leaving the editor through the app asks "放弃未保存的修改？". `dirty` may be a
 * function, read at the moment of leaving, for state kept outside React (a save queue).
 * `testIdPrefix` names the discard button `${prefix}-discard` for the end-to-end tests.
 */
export function useUnsavedGuard(dirty: boolean | (() => boolean), testIdPrefix: string): UnsavedGuard {
  const t = useT();
  const isDirty = useRef<() => boolean>(() => false);
  useEffect(() => {
    isDirty.current = typeof dirty === 'function' ? dirty : () => dirty;
  });

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isDirty.current()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const confirmLeave = useCallback(
    (leave: () => void) => {
      if (!isDirty.current()) return leave();
      Modal.confirm({
        title: t('unsaved.title'),
        content: t('unsaved.body'),
        okText: t('unsaved.discard'),
        cancelText: t('unsaved.keepEditing'),
        okButtonProps: { danger: true, 'data-testid': `${testIdPrefix}-discard` } as never,
        onOk: leave,
      });
    },
    [t, testIdPrefix],
  );

  return { confirmLeave };
}
