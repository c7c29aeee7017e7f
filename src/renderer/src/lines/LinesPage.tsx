import { useState } from 'react';
import { LedgerGrid } from '../grid/LedgerGrid';
import { useNavigation } from '../navigation';
import { lineGridSpec } from './gridSpec';

/** 落后设备（生产线）: every line of every enterprise; the enterprise's name opens its page. */
export function LinesPage() {
  const { openEnterprise } = useNavigation();
  const [spec] = useState(() => lineGridSpec());
  return (
    <div className="page">
      <LedgerGrid spec={spec} title="落后设备（生产线）" openEnterprise={openEnterprise} />
    </div>
  );
}
