import { ENTERPRISE_LABELS as L, ENTERPRISE_STATUSES, PERFORMANCE_CLASSES, type Enterprise } from '../../../shared/schemas/enterprise';
import { choiceColumn, longTextColumn, textColumn, updatedAtColumn, type LedgerCol } from '../grid/columns';
import { EnterpriseLink } from '../grid/EnterpriseLink';

type Col = LedgerCol<Enterprise>;

/** 企业名录 columns; the name stays frozen on the left and opens the enterprise page. */
export const enterpriseColumns: Col[] = [
  textColumn<Enterprise>('name', L.name, 240, {
    pinned: 'left',
    lockPinned: true,
    lockVisible: true,
    cellRenderer: EnterpriseLink,
    cellRendererParams: { idField: 'id' },
  }),
  textColumn<Enterprise>('uscc', L.uscc, 190, { cellClass: 'mono' }),
  choiceColumn<Enterprise>('town', L.town, 120, 'towns'),
  choiceColumn<Enterprise>('industry', L.industry, 100, 'industries'),
  choiceColumn<Enterprise>('status', L.status, 110, ENTERPRISE_STATUSES),
  choiceColumn<Enterprise>('performanceClass', L.performanceClass, 96, PERFORMANCE_CLASSES),
  choiceColumn<Enterprise>('envCredit', L.envCredit, 96, 'envCredits'),
  textColumn<Enterprise>('legalRep', L.legalRep, 110),
  textColumn<Enterprise>('contact', L.contact, 90),
  textColumn<Enterprise>('phone', L.phone, 130),
  textColumn<Enterprise>('address', L.address, 220),
  longTextColumn<Enterprise>('notes', L.notes, 200),
  updatedAtColumn<Enterprise>(),
];
