import { z } from '../schemas/zod';
import type { OptionListKey } from '../schemas/optionLists';
import {
  entityId,
  optionalAmount,
  optionalChoice,
  optionalCreditCode,
  optionalDate,
  optionalLongText,
  optionalText,
  optionalUnit,
  requiredText,
} from '../schemas/fields';

/**
 * One field of a ledger entity, declared once: what a user may write (`input`), what a stored
 * record holds (`value`), its Chinese label, the header texts an imported sheet uses for it, how
 * a grid shows it, and whether its changes are audited. The schemas, the repository's column
 * list, the import targets, the blank grid row, the CLI JSON and the template columns are all
 * derived from these declarations (entities/entity.ts), so a plain new field is one line here
 * plus its migration.
 */

/** The sheets a header synonym applies to: 牵头部门 is a task's in a work plan, a case's in a ledger. */
export type TableKind = 'ledger' | 'task' | 'milestone';

export type GridEditor = 'text' | 'longText' | 'number' | 'date' | 'choice';

export interface GridDefaults {
  width: number;
  editor: GridEditor;
  /** A choice column's values: fixed ones, or the 设置 list of that key. */
  options?: readonly string[] | OptionListKey;
}

export interface FieldMeta {
  label: string;
  /** Header texts of county and city sheets that mean this field (compared after normaliseHeader). */
  synonyms?: readonly string[];
  /** Only in these kinds of sheet; all kinds when left out. */
  synonymKinds?: readonly TableKind[];
  /** The grid column; null for a field no grid shows as itself (所属企业 shows the name). */
  grid?: GridDefaults | null;
  /** A template column's name when it differs from the label. */
  exportLabel?: string;
  /** false: changes are written without audit entries (and so cannot be undone). */
  audited?: boolean;
  /** What an import parses a cell with, when a sheet's text differs from what the grid accepts. */
  importInput?: z.ZodType;
  /**
   * A date that plans write as a limit (2022年10月底前, 年底前): the text field of the same entity
   * that keeps it as written beside the date it is read as (完成时限原文).
   */
  writtenIn?: string;
}

export interface FieldDef<I extends z.ZodType = z.ZodType, V extends z.ZodType = z.ZodType> extends FieldMeta {
  input: I;
  value: V;
  /** The value of the field in a new, empty grid row. */
  blank: z.output<V>;
  audited: boolean;
  /** The parent row (所属企业): picked, never typed, never an import column of its own. */
  ref: boolean;
}

type Meta = Omit<FieldMeta, 'grid'> & { grid?: (Omit<GridDefaults, 'editor' | 'options'> & { editor?: GridEditor }) | null };

function field<I extends z.ZodType, V extends z.ZodType>(
  input: I,
  value: V,
  blank: z.output<V>,
  meta: Meta,
  editor: GridEditor,
  options?: GridDefaults['options'],
): FieldDef<I, V> {
  const grid = meta.grid ? { editor, ...meta.grid, ...(options ? { options } : {}) } : meta.grid;
  return { ...meta, input, value, blank, grid, audited: meta.audited ?? true, ref: false };
}

const nullableString = z.string().nullable();
const nullableNumber = z.number().nullable();

/** Builders for the kinds of field the ledger has; each knows its stored type and blank value. */
export const fields = {
  requiredText: (max: number, meta: Meta) => field(requiredText(max), z.string(), '', meta, 'text'),
  text: (max: number, meta: Meta) => field(optionalText(max), nullableString, null, meta, 'text'),
  longText: (max: number | undefined, meta: Meta) => field(optionalLongText(max), nullableString, null, meta, 'longText'),
  amount: (meta: Meta) => field(optionalAmount(), nullableNumber, null, meta, 'number'),
  date: (meta: Meta) => field(optionalDate(), nullableString, null, meta, 'date'),
  creditCode: (meta: Meta) => field(optionalCreditCode(), nullableString, null, meta, 'text'),
  /** Text a 设置 list offers values for; a value outside it is kept (with a warning elsewhere). */
  listed: (max: number, options: OptionListKey, meta: Meta) =>
    field(optionalText(max), nullableString, null, meta, 'choice', options),
  /** A unit from a 设置 list, stored in its canonical spelling (万吨/年 → 万吨, 万t → 万吨). */
  unit: (max: number, options: OptionListKey, meta: Meta) =>
    field(optionalUnit(max), nullableString, null, meta, 'choice', options),
  /** One of fixed values, or nothing. */
  choice: <const T extends readonly [string, ...string[]]>(values: T, meta: Meta) =>
    field(optionalChoice(values), nullableString, null, meta, 'choice', values),
  /** One of fixed values, required. */
  requiredChoice: <const T extends readonly [string, ...string[]]>(values: T, meta: Meta) =>
    field(z.enum(values, { error: `只能是：${values.join('、')}` }), z.string(), '', meta, 'choice', values),
  /** The parent row (所属企业): 0 in a blank row until one is picked. */
  ref: (meta: Meta) => ({ ...field(entityId, entityId, 0, { ...meta, grid: null }, 'text'), ref: true as const }),
  /** Any other shape, declared with its own schemas. */
  custom: <I extends z.ZodType, V extends z.ZodType>(input: I, value: V, blank: z.output<V>, meta: Meta) =>
    field(input, value, blank, meta, 'text'),
};

