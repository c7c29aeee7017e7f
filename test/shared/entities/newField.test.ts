import { afterEach, describe, expect, it } from 'vitest';
import { z } from '../../../src/shared/schemas/zod';
import { blankRecord, recordJson, withFields } from '../../../src/shared/entities/entity';
import { enterpriseEntity } from '../../../src/shared/entities/enterprise';
import { fields as f } from '../../../src/shared/entities/field';
import { targetsOf } from '../../../src/shared/import/targets';
import { matchHeader, synonymIndex } from '../../../src/shared/import/synonyms';
import { templateTargetsOf } from '../../../src/shared/reports/templateFill';
import { selectFields, tableSpecOf } from '../../../src/main/db/sql';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { enterpriseKind } from '../../../src/main/services/enterprises';
import { createEntity, updateEntity, type EntityKind } from '../../../src/main/services/entityWrites';
import { entityColumns } from '../../../src/renderer/src/grid/entityColumns';
import type { ServiceContext } from '../../../src/main/services/context';
import { memoryContext } from '../../support/db';

/**
 * The path for a new plain field is the entity file and a migration: this adds 传真 to a copy of
 * the enterprise definition and follows it through every layer that derives from the definition.
 */
const withFax = withFields(enterpriseEntity, {
  fax: f.text(30, { label: '传真', synonyms: ['传真', '传真号码', '企业传真'], grid: { width: 120 } }),
});

let ctx: ServiceContext | undefined;
afterEach(() => ctx?.db.close());

describe('a field declared once in an entity definition', () => {
  it('is in the input and record schemas, with its label', () => {
    const input = z.object(withFax.inputShape);
    expect(input.parse({ ...blankInput(), name: '鑫达铸造', fax: ' ０５３０－８２２１３４５ ' }).fax).toBe('0530-8221345');
    expect(input.safeParse({ ...blankInput(), name: '鑫达铸造', fax: '1'.repeat(31) }).success).toBe(false);
    expect(Object.keys(withFax.recordShape)).toContain('fax');
    expect(withFax.labels.fax).toBe('传真');
  });

  it('is a column of the table the repositories write and read, and its changes are audited', () => {
    ctx = memoryContext();
    // What the field's migration would do.
    ctx.db.exec('ALTER TABLE enterprises ADD COLUMN fax TEXT');
    const fields = z.object(withFax.inputShape);
    const kind: EntityKind = {
      ...enterpriseKind,
      table: tableSpecOf(withFax),
      labels: withFax.labels,
      unaudited: withFax.unaudited,
      draft: fields.partial().required({ name: true }),
      patch: fields.partial(),
    };
    const { id } = createEntity(ctx, kind, { name: '鑫达铸造有限公司', fax: '0530-8221345' });
    expect(selectFields(ctx.db, kind.table, id)).toMatchObject({ name: '鑫达铸造有限公司', fax: '0530-8221345' });
    updateEntity(ctx, kind, id, { fax: '0530-8221346' });
    const entry = listAuditEntries(ctx.db, { entity: 'enterprise', entityId: id }).find((e) => e.field === 'fax');
    expect(entry).toMatchObject({ action: 'update', oldValue: '0530-8221345', newValue: '0530-8221346' });
    expect(() => updateEntity(ctx!, kind, id, { fax: '1'.repeat(31) })).toThrow('「传真」不能超过30个字');
  });

  it('is an import target whose header synonyms a sheet is matched by', () => {
    const targets = targetsOf([withFax]);
    expect(targets.find((t) => t.key === ('enterprise.fax' as string))).toMatchObject({ label: '传真', entity: 'enterprise', field: 'fax' });
    expect(matchHeader('传真号码', 'ledger', synonymIndex(targets))).toEqual({ target: 'enterprise.fax', how: 'exact' });
    expect(matchHeader(' 企业传真：', 'ledger', synonymIndex(targets))).toEqual({ target: 'enterprise.fax', how: 'exact' });
  });

  it('is in the blank grid row, the grid columns, the CLI JSON and the template columns', () => {
    expect(blankRecord(withFax, -1, {})).toMatchObject({ id: -1, name: '', fax: null });
    const columns = entityColumns(withFax, ['name', 'uscc']);
    const fax = columns.find((c) => c.colId === 'fax');
    expect(fax).toMatchObject({ headerName: '传真', width: 120 });
    // A field the grid does not place comes after the listed ones, before 最后修改.
    expect(columns.map((c) => c.colId).slice(-2)).toEqual(['fax', 'updatedAt']);
    const json = recordJson(withFax, { id: 7, name: '鑫达铸造有限公司', fax: '0530-8221345', createdAt: 't', updatedAt: 't', deletedAt: null });
    expect(json).toMatchObject({ id: 7, fax: '0530-8221345' });
    expect(json).not.toHaveProperty('deletedAt');
    expect(templateTargetsOf(targetsOf([withFax]))).toContainEqual({ key: 'enterprise.fax', label: '企业 · 传真' });
  });
});

function blankInput(): Record<string, unknown> {
  return Object.fromEntries(withFax.keys.map((k) => [k, null]));
}
