import type { Db } from '../db/connection';
import { listCapacityLines } from '../db/repositories/capacityLines';
import { listCases } from '../db/repositories/cases';
import { listEnterprises } from '../db/repositories/enterprises';

/**
 * The live ledger as the preview compares against it, loaded once (three queries) instead of
 * once per row. Keys are the matching rules of domain.md: enterprises by credit code, else by
 * exact name; lines by enterprise + name + spec; cases by enterprise + dimension + notice date
 * + description.
 */
export type Row = Record<string, unknown> & { id: number };

const SEP = '\u0001';

export const lineKey = (owner: string | number, name: unknown, spec: unknown): string => `${owner}${SEP}${name}${SEP}${spec ?? ''}`;
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
      if (!this.enterprisesByName.has(e.name)) this.enterprisesByName.set(e.name, row);
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
