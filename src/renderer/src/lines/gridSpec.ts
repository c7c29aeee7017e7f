import { blankRecord } from '../../../shared/entities/entity';
import { CAPACITY_LINE_LABELS, capacityLineEntity, type CapacityLine } from '../../../shared/entities/capacityLine';
import { api } from '../api';
import { amountPatch } from '../grid/amounts';
import { searchKey } from '../grid/search';
import type { LedgerGridSpec } from '../grid/types';
import { lineColumns } from './columns';

export function blankLine(id: number, enterpriseId = 0, enterpriseName = ''): CapacityLine {
  return blankRecord(capacityLineEntity, id, { enterpriseId, enterpriseName }) as CapacityLine;
}

/** The lines grid; on the enterprise page it is scoped to one enterprise and hides that column. */
export function lineGridSpec(scope?: { enterpriseId: number; enterpriseName: string }): LedgerGridSpec<CapacityLine> {
  const q = scope ? { enterpriseId: scope.enterpriseId } : {};
  return {
    gridKey: scope ? 'enterpriseLines' : 'lines',
    entity: 'capacityLine',
    noun: '设备（生产线）',
    measure: '条',
    store: {
      list: () => api.call('lines:list', q),
      listDeleted: () => api.call('lines:list', { ...q, deleted: true }),
      applyEdits: (batch) => api.call('lines:applyEdits', batch),
      remove: (ids) => api.call('lines:delete', { ids }),
      restore: (ids) => api.call('lines:restore', { ids }),
    },
    columns: lineColumns(!scope),
    labels: { ...CAPACITY_LINE_LABELS, enterpriseName: CAPACITY_LINE_LABELS.enterpriseId },
    blank: (id) => blankLine(id, scope?.enterpriseId, scope?.enterpriseName),
    ...(scope ? { defaults: { enterpriseId: scope.enterpriseId } } : {}),
    toPatch: { capacity: amountPatch('capacity', 'capacityUnit'), quantity: amountPatch('quantity', 'quantityUnit') },
    searchKey: (r) => searchKey([r.enterpriseName, r.name], [r.spec]),
    describe: (r) => `${r.enterpriseName} · ${r.name}${r.spec ? `（${r.spec}）` : ''}`,
    showsEnterprise: true,
    sumsCapacity: true,
  };
}
