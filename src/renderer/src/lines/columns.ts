import { capacityLineEntity, type CapacityLine } from '../../../shared/entities/capacityLine';
import { entityColumns } from '../grid/entityColumns';
import { enterpriseColumn } from '../grid/enterpriseColumn';

/**
 * 落后设备（生产线）columns, in the order of the 任务责任清单 (enterprise, equipment, spec,
 * capacity, deadline), so a block copied from such a sheet pastes straight in.
 */
export function lineColumns(withEnterprise: boolean) {
  return entityColumns<CapacityLine>(capacityLineEntity, [
    ...(withEnterprise ? [enterpriseColumn<CapacityLine>()] : []),
    ['name', { pinned: 'left', lockPinned: true, lockVisible: true }],
    'spec',
    'capacity',
    'capacityUnit',
    'plannedExitDate',
    'quantity',
    'quantityUnit',
    'exitMethod',
    'planYear',
    'process',
    'catalogueItem',
    'exitDate',
    'acceptanceDate',
    'acceptanceOpinion',
    'acceptanceBy',
    'localUnit',
    'supervisingDept',
    'notes',
  ]);
}
