import { caseEntity, type Case } from '../../../shared/entities/case';
import { readOnlyColumn } from '../grid/columns';
import { setFilter } from '../grid/SetFilter';
import { entityColumns } from '../grid/entityColumns';
import { enterpriseColumn } from '../grid/enterpriseColumn';
import { openCasePanel } from './CasePanelHost';
import { caseDeadline } from './deadlineStore';
import { CountdownCell, DeadlineCell, HandleCell, StatusCell } from './deadlineCells';

/** 整改事项 columns. The status follows the case's workflow and is not typed in. */
export function caseColumns(withEnterprise: boolean) {
  return entityColumns<Case>(caseEntity, [
    ...(withEnterprise ? [enterpriseColumn<Case>()] : []),
    'dimension',
    readOnlyColumn<Case>('handle', '办理', 56, { cellRenderer: HandleCell, cellRendererParams: { onOpen: openCasePanel }, sortable: false, filter: false, context: { print: false } }),
    readOnlyColumn<Case>('status', '状态', 136, { cellRenderer: StatusCell, filter: setFilter, filterValueGetter: (p) => caseDeadline(p.data?.id)?.statusLabel ?? p.data?.status }),
    readOnlyColumn<Case>('countdown', '倒计时', 150, {
      cellRenderer: CountdownCell,
      cellRendererParams: { onOpen: openCasePanel },
      // Sorting and filtering read the store: 逾期 first when sorted ascending; filter by 黄牌 / 红牌 or 逾期.
      valueGetter: (p) => caseDeadline(p.data?.id)?.days ?? null,
      filter: 'agTextColumnFilter',
      filterValueGetter: (p) => {
        const d = caseDeadline(p.data?.id);
        return [d?.text, d?.card === 'red' ? '红牌' : d?.card === 'yellow' ? '黄牌' : ''].filter(Boolean).join(' ');
      },
    }),
    readOnlyColumn<Case>('deadline', '整改期限', 104, { cellRenderer: DeadlineCell, valueGetter: (p) => caseDeadline(p.data?.id)?.deadline ?? null }),
    'source',
    'noticeDate',
    'standard',
    'description',
    'measure',
    'leadDepartment',
    'deadlineOverride',
    'deadlineOverrideText',
    'deadlineOverrideReason',
    'reinspectionDate',
    'reinspectionResult',
    'outcome',
    'closedDate',
    'notes',
  ]);
}
