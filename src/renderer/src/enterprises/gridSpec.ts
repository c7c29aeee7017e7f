import { blankRecord } from '../../../shared/entities/entity';
import { ENTERPRISE_LABELS, enterpriseEntity, type Enterprise } from '../../../shared/entities/enterprise';
import { api } from '../api';
import { searchKey } from '../grid/search';
import type { LedgerGridSpec } from '../grid/types';
import { enterpriseColumns } from './columns';

export function blankEnterprise(id: number): Enterprise {
  return blankRecord(enterpriseEntity, id, {}) as Enterprise;
}

export const enterpriseGridSpec: LedgerGridSpec<Enterprise> = {
  gridKey: 'enterprises',
  entity: 'enterprise',
  noun: '企业',
  measure: '家',
  store: {
    list: () => api.call('enterprises:list', {}),
    listDeleted: () => api.call('enterprises:list', { deleted: true }),
    applyEdits: (batch) => api.call('enterprises:applyEdits', batch),
    remove: (ids) => api.call('enterprises:delete', { ids }),
    restore: (ids) => api.call('enterprises:restore', { ids }),
  },
  columns: enterpriseColumns,
  labels: ENTERPRISE_LABELS,
  blank: blankEnterprise,
  searchKey: (r) => searchKey([r.name], [r.uscc]),
  describe: (r) => r.name || '（未填名称）',
};
