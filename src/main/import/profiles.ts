import { LedgerError } from '../../shared/errors';
import { Mapping, checkMapping, headerSignature, proposeMapping, type MappableColumn, type MappingProposal } from '../../shared/import/mapping';
import { getImportProfile, upsertImportProfile } from '../db/repositories/importRuns';
import { assertWritable, type ServiceContext } from '../services/context';

/**
 * Saved column mappings. A city sends the same template every quarter: once its columns are
 * mapped, the mapping is kept under the header's signature and proposed the next time the
 * same header comes back, instead of the synonym-based guess.
 */
export interface ProposedMapping extends MappingProposal {
  signature: string;
  /** The saved profile's name when the proposal comes from one. */
  profileName: string | null;
}

export function proposeMappingFor(ctx: ServiceContext, columns: readonly MappableColumn[], titleYear: number | null = null): ProposedMapping {
  const signature = headerSignature(columns);
  const guess = proposeMapping(columns, titleYear);
  const saved = getImportProfile(ctx.db, signature);
  if (saved) {
    const parsed = Mapping.safeParse(JSON.parse(saved.mapping));
    if (parsed.success && checkMapping(parsed.data, columns).length === 0) {
      const byColumn = new Map(parsed.data.fields.flatMap((f) => ('column' in f ? [[f.column, f.target] as const] : [])));
      return {
        ...guess,
        mapping: withTitleYear(parsed.data, guess.mapping),
        columns: guess.columns.map((c) => ({ ...c, target: byColumn.get(c.index) ?? null, how: byColumn.has(c.index) ? 'exact' : 'none' })),
        signature,
        profileName: saved.name,
      };
    }
  }
  return { ...guess, signature, profileName: null };
}

/** A saved mapping's plan year from last year's title gives way to this sheet's title year. */
function withTitleYear(saved: Mapping, guess: Mapping): Mapping {
  const year = guess.fields.find((f) => f.target === 'line.planYear' && 'constant' in f);
  const own = saved.fields.find((f) => f.target === 'line.planYear');
  if (!year || (own && 'column' in own)) return saved;
  return { fields: [...saved.fields.filter((f) => f.target !== 'line.planYear'), year] };
}

export function saveImportProfile(ctx: ServiceContext, input: { columns: readonly MappableColumn[]; name: string; mapping: unknown }): string {
  assertWritable(ctx);
  const parsed = Mapping.safeParse(input.mapping);
  if (!parsed.success) throw new LedgerError('BAD_REQUEST', '列对应关系的格式不正确');
  const problems = checkMapping(parsed.data, input.columns);
  if (problems.length > 0) throw new LedgerError('VALIDATION', problems.join('；'));
  const name = input.name.trim() || '未命名模板';
  const signature = headerSignature(input.columns);
  upsertImportProfile(ctx.db, { signature, name, mapping: JSON.stringify(parsed.data), at: ctx.now().toISOString() });
  return signature;
}
