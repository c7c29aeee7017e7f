import type { TouchedRows } from '../../../shared/contract/history';
import type { BusEntity } from './types';

/**
 * Keeps every open grid in step: the enterprise page and the main grids can show the same rows,
 * and screens stay mounted when the user moves between them. A grid that saved or undid
 * something publishes the rows as now stored; the others take what concerns them.
 */
export type BusMessage =
  | { kind: 'rows'; rows: Partial<TouchedRows>; source: string }
  /** Rows changed that the sender does not have (lines and cases deleted with their enterprise). */
  | { kind: 'reload'; entities: BusEntity[]; source: string };

type Listener = (m: BusMessage) => void;
const listeners = new Set<Listener>();

export function publish(message: BusMessage): void {
  for (const l of listeners) l(message);
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
