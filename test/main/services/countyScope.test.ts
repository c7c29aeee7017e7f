import { describe, expect, it } from 'vitest';
import { listTasks } from '../../../src/main/db/repositories/tasks';
import { LedgerSnapshot } from '../../../src/main/import/snapshot';
import { resolveEnterpriseRef } from '../../../src/main/services/enterpriseRef';
import { updateEnterprise } from '../../../src/main/services/enterprises';
import { adoptTasks, loadPreset } from '../../../src/main/services/taskAdoption';
import { createTask } from '../../../src/main/services/tasks';
import { buildCityLedger } from '../../support/cityLedger';

/**
 * Issue 16: a city ledger holds the same firm once per county that reports it. Finding a firm by
 * name or credit code, and a plan's tasks, must stay within a county and never merge namesakes.
 */
const idOf = (ctx: ReturnType<typeof buildCityLedger>, name: string, county: string) =>
  (ctx.db.prepare('SELECT id FROM enterprises WHERE name = ? AND county = ?').get(name, county) as { id: number }).id;

describe('a firm of the same name in two counties is not merged', () => {
  const ctx = buildCityLedger();
  const firm = '示例县宏达铸造有限公司';

  it('a name or code several counties hold is refused, naming the counties, when the row’s county is not known', () => {
    for (const ref of [firm, '91330100MA27XL1X4F']) {
      const r = resolveEnterpriseRef(ctx, { enterpriseName: ref, name: '中频炉' });
      expect(r.error?.message).toMatch(/冠县、莘县、阳谷县都有登记/);
      expect(r.values).not.toHaveProperty('enterpriseId');
    }
  });

  it('a row of a known county finds that county’s firm', () => {
    for (const ref of [firm, '91330100MA27XL1X4F']) {
      expect(resolveEnterpriseRef(ctx, { enterpriseName: ref }, '莘县').values.enterpriseId).toBe(idOf(ctx, firm, '莘县'));
    }
  });

  it('a credit code is checked for duplicates within the firm’s own county only', () => {
    const glass = idOf(ctx, '示例县光明玻璃厂', '冠县');
    // Held by 冠县's 宏达 as well: refused there …
    expect(() => updateEnterprise(ctx, glass, { uscc: '91330100MA27XL1X4F' })).toThrow(/已被「示例县宏达铸造有限公司」使用/);
    // … while a code only 莘县 holds is free in 冠县.
    ctx.db.prepare("UPDATE enterprises SET uscc = '91370000MA3C5EJ43W' WHERE name = '示例县光明玻璃厂' AND county = '莘县'").run();
    expect(updateEnterprise(ctx, glass, { uscc: '91370000MA3C5EJ43W' }).row.uscc).toBe('91370000MA3C5EJ43W');
  });

  it('a plain import matches only the ledger’s own firms, not the counties’', () => {
    expect(new LedgerSnapshot(ctx.db).enterprisesByName.size).toBe(0);
  });

  it('adopting a plan in a city replaces the city’s own tasks, never a county’s', async () => {
    createTask(ctx, { year: 2026, section: '一、重点任务', category: '强化能耗执法', content: '对中频炉开展节能监察', leadDepartments: '县工信局', completionText: '10月底前' });
    ctx.db.prepare("UPDATE tasks SET county = '冠县' WHERE county = ''").run();
    const preset = await loadPreset('nantong-2017');
    adoptTasks(ctx, { year: 2026, tasks: preset.tasks.slice(0, 2), mapping: {}, replace: true });
    adoptTasks(ctx, { year: 2026, tasks: preset.tasks.slice(0, 3), mapping: {}, replace: true });
    expect(listTasks(ctx.db, 2026, { county: '' })).toHaveLength(3);
    expect(listTasks(ctx.db, 2026, { county: '冠县' }).map((t) => t.content)).toEqual(['对中频炉开展节能监察']);
  });
});
