import { DIMENSIONS } from '../../../shared/domain/dimensions';
import { CASE_LABELS as L, REINSPECTION_RESULTS, type Case } from '../../../shared/schemas/case';
import { choiceColumn, dateColumn, longTextColumn, readOnlyColumn, textColumn, updatedAtColumn, type LedgerCol } from '../grid/columns';
import { enterpriseColumn } from '../grid/enterpriseColumn';

type Col = LedgerCol<Case>;

/** 整改事项 columns. The status follows the case's workflow and is not typed in. */
export function caseColumns(withEnterprise: boolean): Col[] {
  return [
    ...(withEnterprise ? [enterpriseColumn<Case>()] : []),
    choiceColumn<Case>('dimension', L.dimension, 80, DIMENSIONS),
    readOnlyColumn<Case>('status', '状态', 96),
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
