import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type StatusKind = 'saved' | 'error' | 'warning' | 'info';
export interface Status {
  kind: StatusKind;
  text: string;
}

interface StatusApi {
  status: Status | null;
  setStatus(status: Status | null): void;
}

const StatusContext = createContext<StatusApi>({ status: null, setStatus: () => {} });

/** The status line at the foot of the window: 已保存, or the last error in plain Chinese. */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status | null>(null);
  const value = useMemo(() => ({ status, setStatus }), [status]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export function useStatus(): StatusApi {
  return useContext(StatusContext);
}
