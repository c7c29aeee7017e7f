import { ENTERPRISE_LABELS, type Enterprise } from '../../../shared/schemas/enterprise';
import { api } from '../api';
import { searchKey } from '../grid/search';
import type { LedgerGridSpec } from '../grid/types';
import { enterpriseColumns } from './columns';

export function blankEnterprise(id: number): Enterprise {
  return {
    id, name: '', uscc: null, town: null, address: null, industry: null, legalRep: null, contact: null, phone: null,
    performanceClass: null, envCredit: null, status: null, notes: null, createdAt: '', updatedAt: '', deletedAt: null,
  };
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
