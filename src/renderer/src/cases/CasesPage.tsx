import { useState } from 'react';
import { LedgerGrid } from '../grid/LedgerGrid';
import { useNavigation } from '../navigation';
import { caseGridSpec } from './gridSpec';

/** 整改事项: every finding, by dimension; the enterprise's name opens its page. */
export function CasesPage() {
  const { openEnterprise } = useNavigation();
  const [spec] = useState(() => caseGridSpec());
  return (
    <div className="page">
      <LedgerGrid spec={spec} title="整改事项" openEnterprise={openEnterprise} />
    </div>
  );
}
