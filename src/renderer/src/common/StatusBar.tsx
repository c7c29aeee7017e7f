import type { ReactNode } from 'react';
import { useStatus } from './status';

/** Row counts on the left (given by the page), the save state or last error on the right. */
export function StatusBar({ children }: { children?: ReactNode }) {
  const { status, seq } = useStatus();
  return (
    <div className="status-bar" role="status">
      {children}
      <span className={`status-message status-${status?.kind ?? 'info'}`} data-testid="status-message" data-seq={seq} title={status?.text}>
        {status?.text ?? '就绪'}
      </span>
    </div>
  );
}
