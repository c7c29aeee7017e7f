import type { ErrorInfo } from '../../shared/errors';
import type { Mapping } from '../../shared/import/mapping';
import type { ImportPlan, PlanSummary, PreviewRow, RowStatus } from '../../shared/import/planTypes';
import type { ParsedFileSummary } from '../../shared/contract/imports';
import type { Cell } from '../../shared/import/types';
import type { CommitProgress, CommitResult } from './commit';
import type { HeaderChoices, ParsedFile } from './parse';
import type { ProposedMapping } from './profiles';
import type { UndoResult } from './undo';

/**
 * The messages between ImportSession (main thread) and its worker (sessionWorker.ts). The
 * parsed rows and the plan stay in the worker; the main thread gets summaries and pages, so a
 * 100,000-row file is never copied across threads whole.
 */
export type SessionRequest =
  | { op: 'parse'; source: { path: string } | { data: Uint8Array; fileName: string }; choices?: HeaderChoices }
  | { op: 'propose'; sheet: string }
  | { op: 'preview'; sheet: string; mapping: Mapping }
  | { op: 'rows'; offset: number; limit: number; status?: RowStatus }
  | { op: 'correct'; sourceRow: number; column: number; value: string }
  | { op: 'commit' }
  | { op: 'undo'; importId: string }
  | { op: 'saveProfile'; sheet: string; name: string; mapping: Mapping }
  | { op: 'close' };

export type SessionMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ErrorInfo }
  | { id: number; progress: CommitProgress };


export interface SessionResults {
  parse: ParsedFileSummary;
  propose: ProposedMapping;
  preview: PlanSummary;
  rows: { total: number; rows: PreviewRow[] };
  correct: PlanSummary;
  commit: CommitResult;
  undo: UndoResult;
  saveProfile: string;
  close: null;
}

export function summariseParsed(p: ParsedFile): ParsedFileSummary {
  return {
    ...p,
    sheets: p.sheets.map((s) => {
      if (!s.table) return { ...s, table: null };
      const { rows, ...rest } = s.table;
      return { ...s, table: { ...rest, dataRowCount: rows.length } };
    }),
  };
}

export function summarisePlan(plan: ImportPlan): PlanSummary {
  const { rows: _rows, enterprises: _e, lines: _l, cases: _c, tasks: _t, milestones: _m, ...rest } = plan;
  return rest;
}

export function previewRows(
  plan: ImportPlan,
  offset: number,
  limit: number,
  status?: RowStatus,
  cellsOf: (sourceRow: number) => Cell[] = () => [],
  correctedOf: (sourceRow: number) => PreviewRow['corrected'] = () => [],
): SessionResults['rows'] {
  const all = status ? plan.rows.filter((r) => r.status === status) : plan.rows;
  const rows = all.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, Math.min(limit, 1000))).map((r) => ({
    ...r,
    entities: {
      enterprise: r.enterprise ? plan.enterprises[r.enterprise.entity]! : null,
      line: r.line ? plan.lines[r.line.entity]! : null,
      case: r.case ? plan.cases[r.case.entity]! : null,
    },
    cells: cellsOf(r.sourceRow),
    corrected: correctedOf(r.sourceRow),
  }));
  return { total: all.length, rows };
}
