import { checkCreditCode } from '../../shared/creditCode';
import type { DetectedTable } from '../../shared/import/table';
import type { Mapping } from '../../shared/import/mapping';
import type { ImportPlan, PlanCounts, PlannedRow, RowPart, RowStatus } from '../../shared/import/planTypes';
import { bindMapping, readRowValues, type RowIssue, type RowValues } from '../../shared/import/rowValues';
import { targetInfo, type TargetKey } from '../../shared/import/targets';
import type { Db } from '../db/connection';
import { listImportRuns } from '../db/repositories/importRuns';
import { EntityRegistry, type Staged } from './registry';
import { LedgerSnapshot, caseKey, lineKey } from './snapshot';

/**
 * Builds the preview of an import:
 * 1. read each data row through the mapping (normalise, then parse with the entity schemas);
 * 2. find the enterprise it names — earlier in this file, else in the ledger by credit code,
 *    else by exact name — then its line (enterprise + name + spec) and case (enterprise +
 *    dimension + notice date + description);
 * 3. stage the row's values against them; a row with any error is reported and left out,
 *    and never stops the rows after it.
 */
export interface PlanInput {
  fileName: string;
  fileHash?: string | null;
  table: DetectedTable;
  mapping: Mapping;
}

interface Parts {
  enterprise: Staged | null;
  line: Staged | null;
  kase: Staged | null;
}

export function buildImportPlan(db: Db, input: PlanInput): ImportPlan {
  const snapshot = new LedgerSnapshot(db);
  const bound = bindMapping(input.mapping, new Map(input.table.columns.map((c) => [c.index, c.name])));
  const columnOf = (target: TargetKey): string | null => bound.fields.find((f) => f.target === target)?.columnName ?? null;
  const constantDimension = bound.fields.some((f) => f.target === 'case.dimension' && f.constant !== null);
  const enterprises = new EntityRegistry('enterprise');
  const lines = new EntityRegistry('line');
  const cases = new EntityRegistry('case');
  const rows: PlannedRow[] = [];

  for (const source of input.table.rows) {
    const n = source.sourceRow;
    const rv = readRowValues(source.cells, n, bound);
    if (source.section && bound.fields.some((f) => f.target.startsWith('task.')) && rv.values.task.section === undefined) {
      rv.values.task.section = source.section;
    }
    const errors: RowIssue[] = [...rv.issues];
    const warnings: RowIssue[] = [];
    const issue = (target: TargetKey | null, reason: string): RowIssue => ({ row: n, column: target ? columnOf(target) : null, target, reason });
    const ev = rv.values.enterprise;
    const carriesLedger = rv.carries.has('enterprise') || rv.carries.has('line') || rv.carries.has('case');
    const carriesCase = rv.carries.has('case') || (constantDimension && carriesLedger);
    const parts: Parts = { enterprise: null, line: null, kase: null };
    let entIndex: number | undefined;
    let entDbId: number | null = null;

    if (carriesLedger && errors.length === 0) {
      const r = stageEnterprise(ev, n);
      if ('error' in r) errors.push(r.error);
      else {
        parts.enterprise = r.staged;
        entIndex = r.index;
        entDbId = r.dbId;
        if (typeof ev.uscc === 'string') {
          const check = checkCreditCode(ev.uscc);
          if (check.ok && check.warning) warnings.push(issue('enterprise.uscc', check.warning));
        }
      }
    }
    // A new enterprise gets the next index when its row is applied, before any other row is.
    const owner = parts.enterprise ? `p${entIndex ?? enterprises.list.length}` : null;
    if (owner !== null && rv.carries.has('line')) {
      const lv = rv.values.line;
      if (lv.name === undefined) errors.push(issue('line.name', '这一行填了设备（生产线）的信息，但「设备（生产线）名称」为空；请补上名称后重新导入'));
      else {
        const key = lineKey(owner, lv.name, lv.spec);
        const found = lines.find(key);
        const db = entDbId !== null ? (snapshot.lines.get(lineKey(entDbId, lv.name, lv.spec)) ?? null) : null;
        const label = [lv.name, lv.spec].filter(Boolean).join(' ');
        parts.line = found !== undefined ? lines.stageExisting(found, lv, () => [key]) : lines.stageFirst(lv, db, { label, row: n, enterprise: null, keys: () => [key] });
      }
    }
    if (owner !== null && carriesCase) {
      const cv = rv.values.case;
      if (cv.dimension === undefined) errors.push(issue('case.dimension', '这一行填了整改事项的信息，但「维度」为空；请填写能耗、环保、质量、安全或技术'));
      else {
        const key = caseKey(owner, cv.dimension, cv.noticeDate, cv.description);
        const found = cases.find(key);
        const db = entDbId !== null ? (snapshot.cases.get(caseKey(entDbId, cv.dimension, cv.noticeDate, cv.description)) ?? null) : null;
        const label = [cv.dimension, cv.noticeDate].filter(Boolean).join(' ');
        parts.kase = found !== undefined ? cases.stageExisting(found, cv, () => [key]) : cases.stageFirst(cv, db, { label, row: n, enterprise: null, keys: () => [key] });
      }
    }
    for (const [registry, staged] of [[enterprises, parts.enterprise], [lines, parts.line], [cases, parts.kase]] as const) {
      for (const c of staged?.conflicts ?? []) {
        const target = `${registry.kind}.${c.field}` as TargetKey;
        errors.push(issue(target, `与第 ${c.firstRow} 行是同一${registry.kind === 'enterprise' ? '企业' : registry.kind === 'line' ? '设备（生产线）' : '整改事项'}，但「${targetInfo(target).label}」不同（第 ${c.firstRow} 行为「${String(c.theirs)}」，本行为「${String(c.mine)}」）；请统一后重新导入`));
      }
    }
    rows.push(finishRow(n, rv, parts, errors, warnings, carriesLedger));
  }
  return assemble();

  function stageEnterprise(ev: Record<string, unknown>, n: number): { staged: Staged; index: number | undefined; dbId: number | null } | { error: RowIssue } {
    const uscc = ev.uscc as string | undefined;
    const name = ev.name as string | undefined;
    const err = (target: TargetKey, reason: string) => ({ error: { row: n, column: columnOf(target), target, reason } });
    if (!uscc && !name) return err('enterprise.name', '没有企业名称，也没有统一社会信用代码，无法确定这一行属于哪家企业；请补上企业名称');
    const keys = () => [...(uscc ? [`u:${uscc}`] : []), ...(name ? [`n:${name}`] : [])];
    let index = uscc ? enterprises.find(`u:${uscc}`) : undefined;
    if (index === undefined && name) {
      const byName = enterprises.find(`n:${name}`);
      const other = byName === undefined ? undefined : (enterprises.knownValue(byName, 'uscc') as string | undefined);
      if (byName !== undefined && uscc && other && other !== uscc) {
        return err('enterprise.uscc', `与第 ${enterprises.list[byName]!.firstRow} 行的同名企业「${name}」统一社会信用代码不同（${other} / ${uscc}）；请核对代码，如确为两家企业请在名称上加以区分`);
      }
      index = byName;
    }
    if (index !== undefined) return { staged: enterprises.stageExisting(index, ev, keys), index, dbId: enterprises.list[index]!.id };
    let db = uscc ? snapshot.enterprisesByUscc.get(uscc) : undefined;
    if (!db && name) {
      const byName = snapshot.enterprisesByName.get(name);
      if (byName && uscc && byName.uscc && byName.uscc !== uscc) {
        return err('enterprise.uscc', `台账中已有企业「${name}」，其统一社会信用代码为 ${String(byName.uscc)}，与本行的 ${uscc} 不同；请核对代码，如确为两家企业请在名称上加以区分`);
      }
      db = byName;
    }
    if (!db && !name) return err('enterprise.name', `台账中没有统一社会信用代码为 ${uscc} 的企业，新建企业需要企业名称；请补上企业名称`);
    const label = (name ?? (db?.name as string)) || '';
    return { staged: enterprises.stageFirst(ev, db ?? null, { label, row: n, enterprise: null, keys }), index: undefined, dbId: db ? db.id : null };
  }

  function finishRow(n: number, rv: RowValues, parts: Parts, errors: RowIssue[], warnings: RowIssue[], carriesLedger: boolean): PlannedRow {
    const task = Object.keys(rv.values.task).length > 0 ? rv.values.task : null;
    const milestone = Object.keys(rv.values.milestone).length > 0 ? rv.values.milestone : null;
    const row: PlannedRow = { sourceRow: n, status: 'error', enterprise: null, line: null, case: null, task, milestone, errors, warnings };
    if (errors.length > 0) return row;
    if (!carriesLedger && !task && !milestone) warnings.push({ row: n, column: null, target: null, reason: '已对应的列在这一行都是空的，已跳过' });
    const e = parts.enterprise ? { entity: parts.enterprise.apply(), status: parts.enterprise.status } : null;
    const part = (staged: Staged | null, registry: EntityRegistry): RowPart | null => {
      if (!staged) return null;
      const entity = staged.apply();
      registry.list[entity]!.enterprise ??= e?.entity ?? null;
      return { entity, status: staged.status };
    };
    row.enterprise = e;
    row.line = part(parts.line, lines);
    row.case = part(parts.kase, cases);
    const kase = row.case ? cases.list[row.case.entity]! : null;
    if (kase && kase.action === 'create' && row.line && !kase.lines.includes(row.line.entity)) kase.lines.push(row.line.entity);
    const statuses = [row.enterprise, row.line, row.case].map((p) => p?.status);
    row.status = statuses.includes('new') ? 'new' : statuses.includes('update') ? 'update' : 'unchanged';
    return row;
  }

  function assemble(): ImportPlan {
    const count = (s: RowStatus) => rows.filter((r) => r.status === s).length;
    const by = (list: EntityRegistry, action: 'create' | 'update') => list.list.filter((e) => e.action === action).length;
    const counts: PlanCounts = {
      rows: rows.length,
      new: count('new'),
      update: count('update'),
      unchanged: count('unchanged'),
      error: count('error'),
      enterprisesCreated: by(enterprises, 'create'),
      enterprisesUpdated: by(enterprises, 'update'),
      linesCreated: by(lines, 'create'),
      linesUpdated: by(lines, 'update'),
      casesCreated: by(cases, 'create'),
      casesUpdated: by(cases, 'update'),
    };
    const notes: string[] = [];
    if (bound.fields.some((f) => f.target.startsWith('task.') || f.target.startsWith('milestone.'))) {
      notes.push('重点工作和时间节点的列目前只在预览中显示，不会写入台账');
    }
    const previousImports = input.fileHash
      ? listImportRuns(db, { fileHash: input.fileHash }).filter((r) => !r.undoneAt).map((r) => ({ id: r.id, finishedAt: r.finishedAt }))
      : [];
    return {
      fileName: input.fileName,
      sheetName: input.table.sheetName,
      fileHash: input.fileHash ?? null,
      mapping: input.mapping,
      rows,
      enterprises: enterprises.list,
      lines: lines.list,
      cases: cases.list,
      counts,
      previousImports,
      notes,
    };
  }
}

