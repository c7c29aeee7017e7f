import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { COUNTY_FIELD } from '../../../shared/entities/county';
import { TASK_FIELD_LABELS } from '../../../shared/entities/task';
import type { TaskRow } from '../../../shared/contract/tasks';
import { DIMENSIONS } from '../../../shared/domain/dimensions';
import { CountdownTag } from '../cases/badges';
import { setFilter } from '../grid/SetFilter';
import { DepartmentsEditor } from './DepartmentsEditor';

const L = TASK_FIELD_LABELS;

const longText = (field: keyof TaskRow, headerName: string, width: number): ColDef<TaskRow> => ({
  field,
  headerName,
  width,
  editable: true,
  wrapText: true,
  autoHeight: true,
  cellEditor: 'agLargeTextCellEditor',
  cellEditorPopup: true,
  cellEditorParams: { maxLength: 4000, rows: 6, cols: 60 },
  cellClass: 'cell-wrap',
});

function departments(field: 'leadDepartments' | 'cooperatingDepartments', width: number, list: string[]): ColDef<TaskRow> {
  return {
    field,
    headerName: L[field],
    width,
    editable: true,
    wrapText: true,
    autoHeight: true,
    cellClass: 'cell-wrap',
    valueFormatter: (p) => (Array.isArray(p.value) ? (p.value as string[]).join('、') : ''),
    cellEditor: DepartmentsEditor,
    cellEditorParams: { departments: list },
    cellEditorPopup: true,
    equals: (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b),
  };
}

/** The countdown main computed (the county office's today, the user's thresholds), as for cases. */
function CountdownCell(p: ICellRendererParams<TaskRow>) {
  const c = p.data?.countdown;
  if (!c) return <span style={{ color: '#9ca3af' }}>{p.data?.completionText ? '请填完成日期' : ''}</span>;
  return <CountdownTag band={c.band} text={c.text} />;
}

/**
 * 县（市、区） in a city ledger, as in the other grids (grid/countyGroups.tsx): read-only (the
 * roll-up sets it), pinned, with the set filter and its counts. No 按县分组 here: the rows keep
 * the order of the annex, which dragging 序号 sets.
 */
const countyColumn: ColDef<TaskRow> = {
  field: 'county',
  headerName: COUNTY_FIELD.label,
  width: COUNTY_FIELD.gridWidth,
  pinned: 'left',
  editable: false,
  filter: setFilter,
};

/** The columns of the 重点工作 grid; departments pick from the county's list. */
export function taskColumns(departmentList: string[], city: boolean): ColDef<TaskRow>[] {
  return [
    { headerName: '序号', colId: 'index', width: 64, valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1, pinned: 'left', rowDrag: true },
    ...(city ? [countyColumn] : []),
    { field: 'section', headerName: L.section, width: 92, editable: true },
    { field: 'category', headerName: L.category, width: 118, editable: true, wrapText: true, autoHeight: true, cellClass: 'cell-wrap' },
    longText('content', L.content, 330),
    departments('leadDepartments', 136, departmentList),
    departments('cooperatingDepartments', 160, departmentList),
    { field: 'completionText', headerName: L.completionText, width: 96, editable: true },
    { field: 'completionDate', headerName: L.completionDate, width: 108, editable: true, cellEditorParams: { maxLength: 20 } },
    { headerName: '倒计时', colId: 'countdown', width: 112, cellRenderer: CountdownCell, sortable: false, filter: false },
    longText('progress', L.progress, 220),
    {
      field: 'dimension',
      headerName: L.dimension,
      width: 84,
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...DIMENSIONS] },
    },
  ];
}
