import type { ServiceContext } from '../../src/main/services/context';
import { addEnterprise, addLine } from './countyLedger';
import { memoryContext } from './db';

export const HOSTILE = '=HYPERLINK("http://x","y")';

/**
 * A county with `lines` capacity lines that left in 2026 (in 万吨 unless `mixedUnits`), spread
 * over four towns and lines/4 enterprises, one of them named like a formula.
 */
export function countyWithExits(lines = 40, opts: { mixedUnits?: boolean } = {}): ServiceContext {
  const ctx = memoryContext();
  const towns = ['城关镇', '北关镇', '柳林镇', '白塔乡'];
  const enterprises = Array.from({ length: Math.ceil(lines / 4) }, (_, i) =>
    addEnterprise(ctx, { name: i === 3 ? HOSTILE : `示例县第${i + 1}铸造有限公司`, town: towns[i % 4], industry: '铸造' }),
  );
  for (let i = 0; i < lines; i++) {
    const glass = opts.mixedUnits && i % 10 === 9;
    addLine(ctx.db, {
      enterpriseId: enterprises[Math.floor(i / 4)],
      name: glass ? '平拉玻璃生产线' : `中频炉${i + 1}号`,
      quantity: 1,
      quantityUnit: '台',
      capacity: glass ? 100 : 0.5 + (i % 5) * 0.25,
      capacityUnit: glass ? '万重量箱' : '万吨',
      exitMethod: '拆除',
      planYear: 2026,
      exitDate: `2026-0${1 + (i % 9)}-1${i % 10}`,
      notes: i === 0 ? '@备注' : null,
    });
  }
  return ctx;
}
