import type { ColDef } from 'ag-grid-community';
import { ENTERPRISE_LABELS, ENTERPRISE_STATUSES, PERFORMANCE_CLASSES, type Enterprise } from '../../../shared/schemas/enterprise';
import { chineseCompare } from '../grid/setup';
import { formatDateTime } from '../common/format';

const text = (field: keyof typeof ENTERPRISE_LABELS, width: number): ColDef<Enterprise> => ({
  field,
  headerName: ENTERPRISE_LABELS[field],
  width,
  editable: true,
  comparator: chineseCompare,
});

const choice = (field: keyof typeof ENTERPRISE_LABELS, values: readonly string[], width: number): ColDef<Enterprise> => ({
  ...text(field, width),
  cellEditor: 'agSelectCellEditor',
  cellEditorParams: { values: ['', ...values] },
});

export const enterpriseColumns: ColDef<Enterprise>[] = [
  { ...text('name', 240), pinned: 'left', lockPinned: true },
  { ...text('uscc', 190), cellClass: 'mono' },
  text('town', 130),
  text('industry', 100),
  choice('status', ENTERPRISE_STATUSES, 110),
  choice('performanceClass', PERFORMANCE_CLASSES, 110),
  text('envCredit', 110),
  text('legalRep', 120),
  text('contact', 90),
  text('phone', 130),
  text('address', 220),
  { ...text('notes', 200), cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true },
  {
    field: 'updatedAt',
    headerName: '最后修改',
    width: 150,
    editable: false,
    valueFormatter: (p) => formatDateTime(p.value as string | null),
  },
];
