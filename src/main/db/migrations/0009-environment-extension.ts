import type { Migration } from './types';

/**
 * Issue 12: an extension of a 环保 order applies only to 限制生产 (环境保护部令第30号《环境保护主管
 * 部门实施限制生产、停产整治办法》: 限制生产一般不超过三个月，情况复杂的经批准可延长), not to
 * 停产整治. The shipped national rule set marks 停产整治 `extendable: false`
 * (resources/rules/national.json); a ledger seeded before that still has the measure without the
 * mark and would allow the extension, so the stored national set gains it. A province's own set
 * is the province's and is left alone.
 */
const NOTE = '延期仅适用于限制生产（环境保护部令第30号），停产整治不予延期';

interface StoredMeasure {
  name: string;
  extendable?: boolean;
  note?: string;
}

export const migration0009: Migration = {
  version: 9,
  name: 'environment-extension',
  up(db) {
    const row = db.prepare("SELECT id, content FROM rule_sets WHERE builtin_key = 'national'").get() as { id: number; content: string } | undefined;
    if (!row) return;
    const content = JSON.parse(row.content) as { dimensions?: Record<string, { measures?: StoredMeasure[] }> };
    const measure = content.dimensions?.['环保']?.measures?.find((m) => m.name === '停产整治');
    if (!measure || measure.extendable !== undefined) return;
    measure.extendable = false;
    measure.note ??= NOTE;
    db.prepare('UPDATE rule_sets SET content = ? WHERE id = ?').run(JSON.stringify(content), row.id);
  },
};
