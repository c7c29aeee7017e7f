import type { Db } from '../db/connection';
import { matchKey } from '../../shared/normalise/text';
import { listCapacityLines } from '../db/repositories/capacityLines';
import { listCases } from '../db/repositories/cases';
import { listEnterprises } from '../db/repositories/enterprises';

/**
 * The live ledger as the preview compares against it: its enterprises loaded once, the lines
 * and cases of an enterprise once when first needed, instead of once per row. Keys are the
 * matching rules of docs/domain.md: enterprises by credit code, else by
 * name (compared by matchKey: full-width and half-width brackets are one); lines by enterprise + name + spec; cases by enterprise + dimension + notice date
 * + description.
 */
export type Row = Record<string, unknown> & { id: number };

const SEP = '\u0001';

/** Names and specs compared as matchKey does: 中频炉（二号） is 中频炉(二号). */
const m = (v: unknown): string => (typeof v === 'string' ? matchKey(v) : v === null || v === undefined ? '' : String(v));
export const lineKey = (owner: string | number, name: unknown, spec: unknown): string => `${owner}${SEP}${m(name)}${SEP}${m(spec)}`;
export const caseKey = (owner: string | number, dimension: unknown, noticeDate: unknown, description: unknown): string =>
  `${owner}${SEP}${dimension}${SEP}${noticeDate ?? ''}${SEP}${description ?? ''}`;

export class LedgerSnapshot {
  readonly enterprisesByUscc = new Map<string, Row>();
  readonly enterprisesByName = new Map<string, Row>();
  /**
   * A ledger enterprise's lines and cases, read when a row of the file first names that
   * enterprise: a city's roll-up previews one county's sheet against a ledger of 100,000 lines,
   * most of them other counties', and a sheet of enterprises alone needs none of them.
   */
  private readonly lines = new Map<number, Map<string, Row>>();
  private readonly cases = new Map<number, Map<string, Row>>();

  constructor(private readonly db: Db) {
    for (const e of listEnterprises(db)) {
      // The import writes the ledger's own rows (county ''). In a city ledger the counties' firms
      // are theirs, replaced by their next 报送包; matching one would merge namesakes across counties.
      if (e.county !== '') continue;
      const row = e as unknown as Row;
      if (e.uscc) this.enterprisesByUscc.set(e.uscc, row);
      const name = matchKey(e.name);
      if (!this.enterprisesByName.has(name)) this.enterprisesByName.set(name, row);
    }
  }

  line(enterpriseId: number, name: unknown, spec: unknown): Row | null {
    let byKey = this.lines.get(enterpriseId);
    if (!byKey) {
      this.lines.set(enterpriseId, (byKey = new Map()));
      for (const l of listCapacityLines(this.db, { enterpriseId })) {
        const key = lineKey(l.enterpriseId, l.name, l.spec);
        if (!byKey.has(key)) byKey.set(key, l as unknown as Row);
      }
    }
    return byKey.get(lineKey(enterpriseId, name, spec)) ?? null;
  }

  case(enterpriseId: number, dimension: unknown, noticeDate: unknown, description: unknown): Row | null {
    let byKey = this.cases.get(enterpriseId);
    if (!byKey) {
      this.cases.set(enterpriseId, (byKey = new Map()));
      for (const c of listCases(this.db, { enterpriseId })) {
        const key = caseKey(c.enterpriseId, c.dimension, c.noticeDate, c.description);
        if (!byKey.has(key)) byKey.set(key, c as unknown as Row);
      }
    }
    return byKey.get(caseKey(enterpriseId, dimension, noticeDate, description)) ?? null;
  }
}
