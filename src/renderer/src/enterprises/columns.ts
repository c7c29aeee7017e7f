import { enterpriseEntity, type Enterprise } from '../../../shared/entities/enterprise';
import { EnterpriseLink } from '../grid/EnterpriseLink';
import { entityColumns } from '../grid/entityColumns';

/** 企业名录 columns; the name stays frozen on the left and opens the enterprise page. */
export const enterpriseColumns = entityColumns<Enterprise>(enterpriseEntity, [
  ['name', { pinned: 'left', lockPinned: true, lockVisible: true, cellRenderer: EnterpriseLink, cellRendererParams: { idField: 'id' } }],
  ['uscc', { cellClass: 'mono' }],
  'town',
  'industry',
  'status',
  'performanceClass',
  'envCredit',
  'legalRep',
  'contact',
  'phone',
  'address',
  'notes',
]);
