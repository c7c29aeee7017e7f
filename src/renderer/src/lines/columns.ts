import { CAPACITY_LINE_LABELS as L, type CapacityLine } from '../../../shared/schemas/capacityLine';
import { choiceColumn, dateColumn, longTextColumn, numberColumn, textColumn, updatedAtColumn, type LedgerCol } from '../grid/columns';
import { enterpriseColumn } from '../grid/enterpriseColumn';

type Col = LedgerCol<CapacityLine>;

/**
 * 落后设备（生产线）columns, in the order of the 任务责任清单 (enterprise, equipment, spec,
 * capacity, deadline), so a block copied from such a sheet pastes straight in.
 */
export function lineColumns(withEnterprise: boolean): Col[] {
  return [
    ...(withEnterprise ? [enterpriseColumn<CapacityLine>()] : []),
    textColumn<CapacityLine>('name', L.name, 160, { pinned: 'left', lockPinned: true, lockVisible: true }),
    textColumn<CapacityLine>('spec', L.spec, 120),
    numberColumn<CapacityLine>('capacity', L.capacity, 90),
    choiceColumn<CapacityLine>('capacityUnit', L.capacityUnit, 96, 'capacityUnits'),
    dateColumn<CapacityLine>('plannedExitDate', L.plannedExitDate),
    numberColumn<CapacityLine>('quantity', L.quantity, 70),
    choiceColumn<CapacityLine>('quantityUnit', L.quantityUnit, 104, 'quantityUnits'),
    choiceColumn<CapacityLine>('exitMethod', L.exitMethod, 150, 'exitMethods'),
    numberColumn<CapacityLine>('planYear', L.planYear, 128),
    textColumn<CapacityLine>('process', L.process, 110),
    textColumn<CapacityLine>('catalogueItem', L.catalogueItem, 220),
    dateColumn<CapacityLine>('exitDate', L.exitDate),
    dateColumn<CapacityLine>('acceptanceDate', L.acceptanceDate),
    longTextColumn<CapacityLine>('acceptanceOpinion', L.acceptanceOpinion, 160),
    textColumn<CapacityLine>('acceptanceBy', L.acceptanceBy, 90),
    textColumn<CapacityLine>('localUnit', L.localUnit, 120),
    choiceColumn<CapacityLine>('supervisingDept', L.supervisingDept, 130, 'departments'),
    longTextColumn<CapacityLine>('notes', L.notes, 160),
    updatedAtColumn<CapacityLine>(),
  ];
}
