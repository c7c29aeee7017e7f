import { LedgerGrid } from '../grid/LedgerGrid';
import { useNavigation } from '../navigation';
import { enterpriseGridSpec } from './gridSpec';

/** 企业名录: every enterprise of the county; the button beside a name opens its page. */
export function EnterprisesPage() {
  const { openEnterprise } = useNavigation();
  return (
    <div className="page">
      <LedgerGrid spec={enterpriseGridSpec} title="企业名录" openEnterprise={openEnterprise} />
    </div>
  );
}
