import { App as AntApp } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { takeNotice } from './notice';

export type StatusKind = 'saved' | 'error' | 'warning' | 'info';
export interface Status {
  kind: StatusKind;
  text: string;
}

interface StatusApi {
  status: Status | null;
  /** Counts the messages shown, so that a test can tell a new 已保存 from the last one. */
  seq: number;
  setStatus(status: Status | null): void;
}

const StatusContext = createContext<StatusApi>({ status: null, seq: 0, setStatus: () => {} });

const TOAST: Record<StatusKind, 'success' | 'error' | 'warning' | 'info'> = { saved: 'success', error: 'error', warning: 'warning', info: 'info' };

/** A drawer or dialog is open: its mask hides the status line at the foot of the window. */
function overlayOpen(): boolean {
  return document.querySelector('.ant-drawer-open, .ant-modal-wrap:not([style*="display: none"])') !== null;
}

/**
 * The status line at the foot of the window: 已保存, or the last error in plain Chinese. While a
 * drawer or dialog covers it, the message also shows as a toast, which antd stacks above both.
 */
export function StatusProvider({ children }: { children: ReactNode }) {
  const { message } = AntApp.useApp();
  const [state, setState] = useState<{ status: Status | null; seq: number }>({ status: null, seq: 0 });
  const setStatus = useCallback(
    (status: Status | null) => {
      setState((s) => ({ status, seq: s.seq + 1 }));
      if (status && overlayOpen()) void message.open({ type: TOAST[status.kind], content: status.text, duration: status.kind === 'error' ? 8 : 4 });
    },
    [message],
  );
  // A notice left before a reload (a restore's result) is shown once after it, at the foot and as a toast.
  useEffect(() => {
    const notice = takeNotice();
    if (!notice) return;
    setState((s) => ({ status: notice, seq: s.seq + 1 }));
    void message.open({ type: TOAST[notice.kind], content: notice.text, duration: 8 });
  }, [message]);
  const value = useMemo(() => ({ ...state, setStatus }), [state, setStatus]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export function useStatus(): StatusApi {
  return useContext(StatusContext);
}
