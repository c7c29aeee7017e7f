import type { AnyEntity } from '../../../shared/entities/entity';
import { choiceColumn, dateColumn, longTextColumn, numberColumn, textColumn, updatedAtColumn, type LedgerCol } from './columns';
import { countyColumn } from './countyGroups';
import type { LedgerRow } from './types';

/**
 * A ledger grid's columns from its entity definition (src/shared/entities): each field's column
 * is built from its grid defaults (width, editor, option list). A grid lists the order it wants
 * and the columns that need a special cell; a field it does not list still gets its column, after
 * the listed ones, so a new plain field shows up without touching the renderer. An entity whose
 * records carry their county (all of them, entities/county.ts) gets the 县（市、区） column first;
 * LedgerGrid shows it only in a city ledger.
 */
export type ColumnPlan<T extends LedgerRow> = readonly (string | readonly [string, Partial<LedgerCol<T>>] | LedgerCol<T>)[];

export function fieldColumn<T extends LedgerRow>(entity: AnyEntity, field: string, extra: Partial<LedgerCol<T>> = {}): LedgerCol<T> {
  const def = entity.fields[field];
  const grid = def?.grid;
  if (!def || !grid) throw new Error(`${entity.label}没有可显示的字段 ${field}`);
  const label = def.label;
  const column = ((): LedgerCol<T> => {
    switch (grid.editor) {
      case 'longText':
        return longTextColumn<T>(field, label, grid.width);
      case 'number':
        return numberColumn<T>(field, label, grid.width);
      case 'date':
        return dateColumn<T>(field, label, grid.width);
      case 'choice':
        return choiceColumn<T>(field, label, grid.width, grid.options ?? []);
      case 'text':
        return textColumn<T>(field, label, grid.width);
    }
  })();
  return { ...column, ...extra };
}

export function entityColumns<T extends LedgerRow>(entity: AnyEntity, plan: ColumnPlan<T>): LedgerCol<T>[] {
  const listed = new Set<string>();
  const columns = plan.map((item) => {
    if (typeof item === 'string') {
      listed.add(item);
      return fieldColumn<T>(entity, item);
    }
    if (Array.isArray(item)) {
      const [field, extra] = item as readonly [string, Partial<LedgerCol<T>>];
      listed.add(field);
      return fieldColumn<T>(entity, field, extra);
    }
    const col = item as LedgerCol<T>;
    if (col.colId) listed.add(col.colId);
    return col;
  });
  const rest = entity.keys.filter((k) => !listed.has(k) && entity.fields[k]!.grid).map((k) => fieldColumn<T>(entity, k));
  const county = 'county' in entity.recordShape ? [countyColumn<T>()] : [];
  return [...county, ...columns, ...rest, updatedAtColumn<T>()];
}
