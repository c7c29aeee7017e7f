import type { Db } from '../db/connection';
import { matchKey } from '../../shared/normalise/text';
import { listCapacityLines } from '../db/repositories/capacityLines';
import { listCases } from '../db/repositories/cases';
import { listEnterprises } from '../db/repositories/enterprises';

/**
 * The live ledger as the preview compares against it, loaded once (three queries) instead of
 * once per row. Keys are the matching rules of docs/domain.md: enterprises by credit code, else by
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
  readonly lines = new Map<string, Row>();
  readonly cases = new Map<string, Row>();

  constructor(db: Db) {
    for (const e of listEnterprises(db)) {
      const row = e as unknown as Row;
      if (e.uscc) this.enterprisesByUscc.set(e.uscc, row);
      const name = matchKey(e.name);
      if (!this.enterprisesByName.has(name)) this.enterprisesByName.set(name, row);
    }
    for (const l of listCapacityLines(db)) {
      const key = lineKey(l.enterpriseId, l.name, l.spec);
      if (!this.lines.has(key)) this.lines.set(key, l as unknown as Row);
    }
    for (const c of listCases(db)) {
      const key = caseKey(c.enterpriseId, c.dimension, c.noticeDate, c.description);
      if (!this.cases.has(key)) this.cases.set(key, c as unknown as Row);
    }
  }
}
