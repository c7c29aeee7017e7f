import { DIMENSIONS } from '../../../shared/domain/dimensions';
import { CASE_LABELS as L, REINSPECTION_RESULTS, type Case } from '../../../shared/schemas/case';
import { choiceColumn, dateColumn, longTextColumn, readOnlyColumn, textColumn, updatedAtColumn, type LedgerCol } from '../grid/columns';
import { enterpriseColumn } from '../grid/enterpriseColumn';
import { openCasePanel } from './CasePanelHost';
import { caseDeadline } from './deadlineStore';
import { CountdownCell, DeadlineCell, HandleCell, StatusCell } from './deadlineCells';

type Col = LedgerCol<Case>;

/** 整改事项 columns. The status follows the case's workflow and is not typed in. */
export function caseColumns(withEnterprise: boolean): Col[] {
  return [
    ...(withEnterprise ? [enterpriseColumn<Case>()] : []),
    choiceColumn<Case>('dimension', L.dimension, 80, DIMENSIONS),
    readOnlyColumn<Case>('handle', '办理', 56, { cellRenderer: HandleCell, cellRendererParams: { onOpen: openCasePanel }, sortable: false, filter: false }),
    readOnlyColumn<Case>('status', '状态', 136, { cellRenderer: StatusCell, filterValueGetter: (p) => caseDeadline(p.data?.id)?.statusLabel ?? p.data?.status }),
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
    choiceColumn<Case>('source', L.source, 100, 'caseSources'),
    dateColumn<Case>('noticeDate', L.noticeDate, 160),
    textColumn<Case>('standard', L.standard, 150),
    longTextColumn<Case>('description', L.description, 220),
    textColumn<Case>('measure', L.measure, 140),
    choiceColumn<Case>('leadDepartment', L.leadDepartment, 130, 'departments'),
    dateColumn<Case>('deadlineOverride', L.deadlineOverride, 120),
    textColumn<Case>('deadlineOverrideReason', L.deadlineOverrideReason, 140),
    dateColumn<Case>('reinspectionDate', L.reinspectionDate),
    choiceColumn<Case>('reinspectionResult', L.reinspectionResult, 90, REINSPECTION_RESULTS),
    textColumn<Case>('outcome', L.outcome, 120),
    dateColumn<Case>('closedDate', L.closedDate),
    longTextColumn<Case>('notes', L.notes, 160),
    updatedAtColumn<Case>(),
  ];
}
