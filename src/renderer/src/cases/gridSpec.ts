import { blankRecord } from '../../../shared/entities/entity';
import { CASE_LABELS, caseEntity, type Case } from '../../../shared/entities/case';
import { api } from '../api';
import { searchKey } from '../grid/search';
import type { LedgerGridSpec } from '../grid/types';
import { caseColumns } from './columns';
import { takeCaseDeadlines } from './deadlineStore';

export function blankCase(id: number, enterpriseId = 0, enterpriseName = ''): Case {
  return blankRecord(caseEntity, id, { enterpriseId, enterpriseName, status: '' }) as Case;
}

/** The cases grid; on the enterprise page it is scoped to one enterprise. */
export function caseGridSpec(scope?: { enterpriseId: number; enterpriseName: string }): LedgerGridSpec<Case> {
  const q = scope ? { enterpriseId: scope.enterpriseId } : {};
  return {
    gridKey: scope ? 'enterpriseCases' : 'cases',
    entity: 'case',
    noun: '整改事项',
    measure: '项',
    store: {
      list: () => api.call('cases:list', q),
      listDeleted: () => api.call('cases:list', { ...q, deleted: true }),
      applyEdits: async (batch) => {
        const answer = await api.call('cases:applyEdits', batch);
        takeCaseDeadlines(answer.deadlines);
        return answer;
      },
      remove: (ids) => api.call('cases:delete', { ids }),
      restore: (ids) => api.call('cases:restore', { ids }),
    },
    columns: caseColumns(!scope),
    labels: { ...CASE_LABELS, enterpriseName: CASE_LABELS.enterpriseId, status: '状态' },
    blank: (id) => blankCase(id, scope?.enterpriseId, scope?.enterpriseName),
    ...(scope ? { defaults: { enterpriseId: scope.enterpriseId } } : {}),
    searchKey: (r) => searchKey([r.enterpriseName, r.description], [r.standard]),
    describe: (r) => `${r.enterpriseName} · ${r.dimension}${r.description ? `：${r.description.slice(0, 20)}` : ''}`,
    showsEnterprise: true,
  };
}
