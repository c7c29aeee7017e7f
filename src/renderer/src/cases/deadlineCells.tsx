import type { CustomCellRendererProps } from 'ag-grid-react';
import type { Case } from '../../../shared/entities/case';
import type { GridRow } from '../grid/types';
import { CardBadge, CountdownTag } from './badges';
import { useCaseDeadline } from './deadlineStore';

type Props = CustomCellRendererProps<GridRow<Case>>;

/** 倒计时 with the card beside it; a click opens the case's 办理 panel. */
export function CountdownCell(props: Props & { onOpen(id: number): void }) {
  const id = props.data?.id;
  const d = useCaseDeadline(typeof id === 'number' ? id : undefined);
  if (typeof id !== 'number') return null;
  return (
    <span className="case-countdown" role="button" tabIndex={-1} onClick={() => props.onOpen(id)} title={d?.problem ?? d?.deadline ?? ''}>
      <CountdownTag band={d?.band ?? null} text={d?.text ?? (d?.problem ? '待录入节假日' : null)} />
      <CardBadge card={d?.card ?? null} />
    </span>
  );
}

/** The status in words (限期整改中, 延期整改中 …) as the workflow names it. */
export function StatusCell(props: Props) {
  const id = props.data?.id;
  const d = useCaseDeadline(typeof id === 'number' ? id : undefined);
  return <span>{d?.statusLabel ?? String(props.value ?? '')}</span>;
}

/** The effective deadline (after extension or override). */
export function DeadlineCell(props: Props) {
  const id = props.data?.id;
  const d = useCaseDeadline(typeof id === 'number' ? id : undefined);
  return <span title={d?.problem ?? ''}>{d?.deadline ?? ''}</span>;
}

/** 办理: opens the panel with the legal steps the case may take now. */
export function HandleCell(props: Props & { onOpen(id: number): void }) {
  const id = props.data?.id;
  if (typeof id !== 'number') return null;
  return (
    <a className="case-handle" onClick={() => props.onOpen(id)}>
      办理
    </a>
  );
}
