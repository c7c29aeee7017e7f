import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

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

/** The status line at the foot of the window: 已保存, or the last error in plain Chinese. */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ status: Status | null; seq: number }>({ status: null, seq: 0 });
  const setStatus = useCallback((status: Status | null) => setState((s) => ({ status, seq: s.seq + 1 })), []);
  const value = useMemo(() => ({ ...state, setStatus }), [state, setStatus]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export function useStatus(): StatusApi {
  return useContext(StatusContext);
}
