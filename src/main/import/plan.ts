import { checkCreditCode } from '../../shared/creditCode';
import type { DetectedTable, TableRow } from '../../shared/import/table';
import type { Mapping } from '../../shared/import/mapping';
import type { ImportPlan, PlanCounts, PlannedRow, RowStatus } from '../../shared/import/planTypes';
import { bindMapping, readRowValues, type BoundMapping, type RowIssue, type RowValues } from '../../shared/import/rowValues';
import { targetInfo, type TargetKey } from '../../shared/import/targets';
import type { Db } from '../db/connection';
import { listImportRuns } from '../db/repositories/importRuns';
import { readSetting } from '../db/repositories/settings';
import { matchKey } from '../../shared/normalise/text';
import { dimensionOfMeasure } from '../../shared/import/values';
import { EntityRegistry, type Staged } from './registry';
import { LedgerSnapshot } from './snapshot';
import { WorkPlanStager, type StagedWork } from './planTasks';
import { duplicateHeaderIssues, duplicateHeaderNotes, findDuplicateHeaders, type DuplicateHeader } from './duplicateHeaders';

/**
 * Builds the preview of an import:
 * 1. read each data row through the mapping (normalise, then parse with the entity schemas);
 * 2. find the enterprise it names — earlier in this file, else in the ledger by credit code,
 *    else by exact name — then its line (enterprise + name + spec) and case (enterprise +
 *    dimension + notice date + description);
 * 3. stage the row's values against them, and its 重点工作 and 时间节点 (planTasks.ts); a row
 *    with any error is reported and left out, and never stops the rows after it.
 */
export interface PlanInput {
  fileName: string;
  fileHash?: string | null;
  table: DetectedTable;
  mapping: Mapping;
}

const NOUN = { enterprise: '企业', line: '设备（生产线）', case: '整改事项' } as const;

/** Plans built here, in this process, from schema-parsed values: commit need not parse them again. */
export const builtPlans = new WeakSet<ImportPlan>();

export function buildImportPlan(db: Db, input: PlanInput): ImportPlan {
  const builder = new PlanBuilder(db, input);
  for (const row of input.table.rows) builder.addRow(row);
  const plan = builder.finish();
  builtPlans.add(plan);
  return plan;
}

/**
 * A row corrected in 预览 that was refused and is still refused by its own cells (a value that
 * cannot be read, a unit that contradicts its column): a refused row leaves no trace in the plan
 * (registry.ts), so every other row stands and only this one is read again, instead of the whole
 * sheet. Null when the correction may change other rows — the row is valid now, or it carries a
 * 重点工作/时间节点, whose checks compare it with the rows before it: then the sheet is planned again.
 */
export function replanRefusedRow(db: Db, plan: ImportPlan, input: PlanInput, source: TableRow): ImportPlan | null {
  const at = plan.rows.findIndex((r) => r.sourceRow === source.sourceRow);
  if (at < 0 || plan.rows[at]!.status !== 'error') return null;
  const { rv, errors } = new RowReader(db, input).read(source);
  if (errors.length === 0 || rv.carries.task || rv.carries.milestone) return null;
  plan.rows[at] = { sourceRow: source.sourceRow, status: 'error', enterprise: null, line: null, case: null, task: null, milestone: null, errors, warnings: [], years: rv.years };
  return plan;
}

/** A row's values read through the mapping, with the refusals its own cells earn (no other row's). */
class RowReader {
  readonly bound: BoundMapping;
  readonly columns = new Map<TargetKey, string>();
  private readonly mapsTasks: boolean;
  readonly duplicates: DuplicateHeader[];

  constructor(db: Db, input: PlanInput) {
    const ledgerYear = readSetting<number>(db, 'year') ?? null;
    this.bound = bindMapping(input.mapping, new Map(input.table.columns.map((c) => [c.index, c.name])), { titleYear: input.table.titleYear ?? null, ledgerYear });
    for (const f of this.bound.fields) this.columns.set(f.target, f.columnName);
    this.mapsTasks = this.bound.fields.some((f) => f.entity === 'task');
    this.duplicates = findDuplicateHeaders(input.mapping, input.table.columns);
  }

  issue(row: number, target: TargetKey | null, reason: string): RowIssue {
    return { row, column: target ? (this.columns.get(target) ?? null) : null, target, reason };
  }

  read(source: TableRow): { rv: RowValues; errors: RowIssue[] } {
    const n = source.sourceRow;
    const rv = readRowValues(source.cells, n, this.bound);
    if (source.section && this.mapsTasks && rv.values.task.section === undefined) rv.values.task.section = source.section;
    const errors = rv.issues;
    if (this.duplicates.length > 0) errors.push(...duplicateHeaderIssues(this.duplicates, source.cells, (target, reason) => this.issue(n, target, reason)));
    return { rv, errors };
  }
}

class PlanBuilder {
  private readonly snapshot: LedgerSnapshot;
  private readonly reader: RowReader;
  private readonly constantDimension: boolean;
  readonly enterprises = new EntityRegistry('enterprise');
  readonly lines = new EntityRegistry('line');
  readonly cases = new EntityRegistry('case');
  private readonly workPlan: WorkPlanStager;
  readonly rows: PlannedRow[] = [];

  constructor(
    private readonly db: Db,
    private readonly input: PlanInput,
  ) {
    this.snapshot = new LedgerSnapshot(db);
    this.workPlan = new WorkPlanStager(db);
    this.reader = new RowReader(db, input);
    this.constantDimension = this.reader.bound.fields.some((f) => f.target === 'case.dimension' && f.constant !== null);
  }

  private issue(row: number, target: TargetKey | null, reason: string): RowIssue {
    return this.reader.issue(row, target, reason);
  }

  addRow(source: TableRow): void {
    const n = source.sourceRow;
    const { rv, errors } = this.reader.read(source);
    const warnings: RowIssue[] = [];
    const carriesLedger = rv.carries.enterprise || rv.carries.line || rv.carries.case;
    let ent: Staged | null = null;
    let line: Staged | null = null;
    let kase: Staged | null = null;
    let entDbId: number | null = null;
    if (carriesLedger && errors.length === 0) {
      const r = this.stageEnterprise(rv.values.enterprise, n);
      if ('reason' in r) errors.push(r);
      else {
        ent = r;
        entDbId = r.index >= 0 ? this.enterprises.list[r.index]!.id : r.db ? r.db.id : null;
        const uscc = rv.values.enterprise.uscc;
        // The check-digit warning once per enterprise, on the row that names it first.
        if (typeof uscc === 'string' && r.index < 0) {
          const check = checkCreditCode(uscc);
          if (check.ok && check.warning) warnings.push(this.issue(n, 'enterprise.uscc', check.warning));
        }
      }
    }
    // A new enterprise gets the next index when its row is applied, before any other row is.
    const owner = ent ? (ent.index >= 0 ? ent.index : this.enterprises.nextIndex) : null;
    if (owner !== null && rv.carries.line) line = this.stageLine(rv, owner, entDbId, n, errors);
    if (owner !== null && (rv.carries.case || (this.constantDimension && carriesLedger))) kase = this.stageCase(rv, owner, entDbId, n, errors);
    this.reportConflicts(n, ent, 'enterprise', errors);
    this.reportConflicts(n, line, 'line', errors);
    this.reportConflicts(n, kase, 'case', errors);
    const work = this.workPlan.stage(rv, n, (target, reason) => this.issue(n, target, reason), errors);
    const row = this.finishRow(n, ent, line, kase, work, errors, warnings, carriesLedger);
    row.years = rv.years;
    this.rows.push(row);
  }

  private stageEnterprise(ev: Record<string, unknown>, n: number): Staged | RowIssue {
    const uscc = ev.uscc as string | undefined;
    const name = ev.name as string | undefined;
    if (!uscc && !name) return this.issue(n, 'enterprise.name', '没有企业名称，也没有统一社会信用代码，无法确定这一行属于哪家企业；请补上企业名称');
    const byUscc = ['u', uscc] as const;
    const byNameKey = ['n', name === undefined ? undefined : matchKey(name)] as const;
    const keys = uscc ? (name ? [byUscc, byNameKey] : [byUscc]) : [byNameKey];
    const reg = this.enterprises;
    let index = uscc ? reg.find(byUscc) : undefined;
    if (index === undefined && name) {
      const byName = reg.find(byNameKey);
      const other = byName === undefined ? undefined : (reg.knownValue(byName, 'uscc') as string | undefined);
      if (byName !== undefined && uscc && other && other !== uscc) {
        return this.issue(n, 'enterprise.uscc', `与第 ${reg.list[byName]!.firstRow} 行的同名企业「${name}」统一社会信用代码不同（${other} / ${uscc}）；请核对代码，如确为两家企业请在名称上加以区分`);
      }
      index = byName;
    }
    if (index !== undefined) return reg.stageExisting(index, ev, keys, n);
    let db = uscc ? this.snapshot.enterprisesByUscc.get(uscc) : undefined;
    if (!db && name) {
      const byName = this.snapshot.enterprisesByName.get(matchKey(name));
      if (byName && uscc && byName.uscc && byName.uscc !== uscc) {
        return this.issue(n, 'enterprise.uscc', `台账中已有企业「${name}」，其统一社会信用代码为 ${String(byName.uscc)}，与本行的 ${uscc} 不同；请核对代码，如确为两家企业请在名称上加以区分`);
      }
      db = byName;
    }
    if (!db && !name) return this.issue(n, 'enterprise.name', `台账中没有统一社会信用代码为 ${uscc} 的企业，新建企业需要企业名称；请补上企业名称`);
    return reg.stageFirst(ev, db ?? null, keys, name ?? String(db!.name), n);
  }

  private stageLine(rv: RowValues, owner: number, entDbId: number | null, n: number, errors: RowIssue[]): Staged | null {
    const lv = rv.values.line;
    if (lv.name === undefined) {
      errors.push(this.issue(n, 'line.name', '这一行填了设备（生产线）的信息，但「设备（生产线）名称」为空；请补上名称后重新导入'));
      return null;
    }
    const key = [owner, matchKey(String(lv.name)), typeof lv.spec === 'string' ? matchKey(lv.spec) : lv.spec];
    const found = this.lines.find(key);
    if (found !== undefined) return this.lines.stageExisting(found, lv, [key], n);
    const db = entDbId !== null ? this.snapshot.line(entDbId, lv.name, lv.spec) : null;
    return this.lines.stageFirst(lv, db, [key], lv.spec ? `${String(lv.name)} ${String(lv.spec)}` : String(lv.name), n);
  }

  private stageCase(rv: RowValues, owner: number, entDbId: number | null, n: number, errors: RowIssue[]): Staged | null {
    const cv = rv.values.case;
    // 限期整改 in 处置措施 says the case is on 能耗's path even when no column names the dimension.
    if (cv.dimension === undefined && dimensionOfMeasure(cv.measure) !== null) cv.dimension = dimensionOfMeasure(cv.measure);
    if (cv.dimension === undefined) {
      errors.push(this.issue(n, 'case.dimension', '这一行填了整改事项的信息，但「维度」为空；请填写能耗、环保、质量、安全或技术'));
      return null;
    }
    const key = [owner, cv.dimension, cv.noticeDate, cv.description];
    const found = this.cases.find(key);
    if (found !== undefined) return this.cases.stageExisting(found, cv, [key], n);
    const db = entDbId !== null ? this.snapshot.case(entDbId, cv.dimension, cv.noticeDate, cv.description) : null;
    return this.cases.stageFirst(cv, db, [key], cv.noticeDate ? `${String(cv.dimension)} ${String(cv.noticeDate)}` : String(cv.dimension), n);
  }

  private reportConflicts(n: number, staged: Staged | null, kind: keyof typeof NOUN, errors: RowIssue[]): void {
    if (!staged) return;
    for (const c of staged.conflicts) {
      const target = `${kind}.${c.field}` as TargetKey;
      errors.push(
        this.issue(n, target, `与第 ${c.firstRow} 行是同一${NOUN[kind]}，但「${targetInfo(target).label}」不同（第 ${c.firstRow} 行为「${String(c.theirs)}」，本行为「${String(c.mine)}」）；请统一后重新导入`),
      );
    }
  }

  private finishRow(n: number, ent: Staged | null, line: Staged | null, kase: Staged | null, work: StagedWork | null, errors: RowIssue[], warnings: RowIssue[], carriesLedger: boolean): PlannedRow {
    const row: PlannedRow = { sourceRow: n, status: 'error', enterprise: null, line: null, case: null, task: null, milestone: null, errors, warnings, years: [] };
    if (errors.length > 0) return row;
    this.workPlan.apply(work, row);
    if (!carriesLedger && !work) warnings.push(this.issue(n, null, '已对应的列在这一行都是空的，已跳过'));
    const e = ent ? this.enterprises.apply(ent, null) : null;
    if (ent) row.enterprise = { entity: e!, status: ent.status };
    if (line) row.line = { entity: this.lines.apply(line, e), status: line.status };
    if (kase) {
      const k = this.cases.apply(kase, e);
      row.case = { entity: k, status: kase.status };
      const planned = this.cases.list[k]!;
      if (planned.action === 'create' && row.line && !planned.lines.includes(row.line.entity)) planned.lines.push(row.line.entity);
    }
    const s = [row.enterprise?.status, row.line?.status, row.case?.status, row.task?.status, row.milestone?.status];
    row.status = s.includes('new') ? 'new' : s.includes('update') ? 'update' : 'unchanged';
    return row;
  }

  finish(): ImportPlan {
    const count: Record<RowStatus, number> = { new: 0, update: 0, unchanged: 0, error: 0 };
    for (const r of this.rows) count[r.status]++;
    const skipped = this.input.table.skippedRowCount;
    const counts: PlanCounts = {
      sourceRows: this.rows.length + skipped,
      skipped,
      rows: this.rows.length,
      ...count,
      enterprisesCreated: this.enterprises.count('create'),
      enterprisesUpdated: this.enterprises.count('update'),
      linesCreated: this.lines.count('create'),
      linesUpdated: this.lines.count('update'),
      casesCreated: this.cases.count('create'),
      casesUpdated: this.cases.count('update'),
      ...this.workPlan.counts(),
    };
    const notes: string[] = duplicateHeaderNotes(this.reader.duplicates);
    const hash = this.input.fileHash;
    const previousImports = hash
      ? listImportRuns(this.db, { fileHash: hash }).filter((r) => !r.undoneAt).map((r) => ({ id: r.id, finishedAt: r.finishedAt }))
      : [];
    return {
      fileName: this.input.fileName,
      sheetName: this.input.table.sheetName,
      fileHash: hash ?? null,
      mapping: this.input.mapping,
      rows: this.rows,
      enterprises: this.enterprises.list,
      lines: this.lines.list,
      cases: this.cases.list,
      tasks: this.workPlan.tasks.list,
      milestones: this.workPlan.milestones.list,
      counts,
      previousImports,
      notes,
    };
  }
}
