import type { SuppressKeyboardEventParams } from 'ag-grid-community';
import { EnterpriseCellEditor } from './EnterpriseCellEditor';
import { EnterpriseLink } from './EnterpriseLink';
import { ledgerColumn, type LedgerCol } from './columns';
import type { LedgerRow } from './types';

// While the picker is open its list handles Enter and the arrows; Tab and Esc stay with the grid.
const pickerKeys = new Set(['Enter', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
const keepForPicker = (p: SuppressKeyboardEventParams) => p.editing && pickerKeys.has(p.event.key);

/** 所属企业 of a line or case: picked by name, code or pinyin; pasted as a name or credit code. */
export function enterpriseColumn<T extends LedgerRow & { enterpriseName: string }>(): LedgerCol<T> {
  return ledgerColumn<T>('enterpriseName', '所属企业', 220, {
    pinned: 'left',
    lockPinned: true,
    lockVisible: true,
    cellEditor: EnterpriseCellEditor,
    cellEditorPopup: true,
    cellRenderer: EnterpriseLink,
    suppressKeyboardEvent: keepForPicker,
  });
}
