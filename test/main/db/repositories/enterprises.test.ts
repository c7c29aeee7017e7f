import { describe, expect, it } from 'vitest';
import { memoryContext } from '../../../support/db';
import { BY_USCC_SQL, findEnterpriseByUscc } from '../../../../src/main/db/repositories/enterprises';

/** A city ledger: the same firm may be held by two counties; the county's own rows have county ''. */
function cityLedger() {
  const { db } = memoryContext();
  const add = db.prepare("INSERT INTO enterprises (name, uscc, county, created_at, updated_at, deleted_at) VALUES (?, ?, ?, 'a', 'a', ?)");
  const id = (name: string, uscc: string | null, county: string, deleted: string | null = null) => Number(add.run(name, uscc, county, deleted).lastInsertRowid);
  return { db, id };
}

describe('findEnterpriseByUscc', () => {
  it('finds the holder of a credit code in whichever county holds it, and only a live one', () => {
    const { db, id } = cityLedger();
    const own = id('聊城市东昌府区某铸造厂', '91371502MA3C4Y8X2K', '');
    id('已迁出的铸造厂', '91371525MA3D1R6N0U', '冠县', '2024-05-01T00:00:00.000Z');
    const guan = id('冠县某铸造有限公司', '91371525MA3D1R6N0U', '冠县');
    const shen = id('莘县某铸造有限公司', '91371522MA3BW7PX8T', '莘县');
    expect(findEnterpriseByUscc(db, '91371502MA3C4Y8X2K')?.id).toBe(own);
    expect(findEnterpriseByUscc(db, '91371525MA3D1R6N0U')?.id).toBe(guan);
    expect(findEnterpriseByUscc(db, '91371522MA3BW7PX8T')?.id).toBe(shen);
    expect(findEnterpriseByUscc(db, '91371522MA3BW7PX8T', shen)).toBeUndefined();
    expect(findEnterpriseByUscc(db, '91370000000000000X')).toBeUndefined();
  });

  it('finds nothing in a ledger without enterprises', () => {
    expect(findEnterpriseByUscc(cityLedger().db, '91371502MA3C4Y8X2K')).toBeUndefined();
  });

  // An import's commit asks once per enterprise it creates: a scan each time made it quadratic.
  it('looks the code up through the (county, uscc) index instead of scanning the enterprises', () => {
    const { db } = cityLedger();
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${BY_USCC_SQL}`).all('91371502MA3C4Y8X2K', 0) as { detail: string }[]).map((r) => r.detail);
    expect(plan).toContain('SEARCH enterprises USING INDEX enterprises_uscc (county=? AND uscc=?)');
    expect(plan.filter((d) => /^SCAN enterprises/.test(d))).toEqual([]);
  });
});
