import type { ColDef, ITooltipParams } from 'ag-grid-community';
import type { TableSummary } from '../../../shared/contract/imports';
import type { Mapping } from '../../../shared/import/mapping';
import { ROW_STATUS_LABELS, type PreviewRow } from '../../../shared/import/planTypes';
import type { RowIssue } from '../../../shared/import/rowValues';
import { targetInfo, targetLabel, type TargetKey } from '../../../shared/import/targets';
import { displayCell } from '../../../shared/import/wizard';

/**
 * The preview grid's columns: 行号 and 状态 as in the file, what is wrong with the row, then
 * each mapped source column under its own header (a cell at fault red, its reason on hover;
 * the cells of a refused row can be corrected in place, a corrected cell says what the file
 * had), then what the row will do to the ledger.
 */
const NOUN = { enterprise: '企业', line: '设备', case: '整改事项' } as const;
const VERB = { new: '新建', update: '更新', unchanged: '无变化', same: '同上' } as const;

export function issueText(issues: readonly RowIssue[]): string {
  return issues.map((e) => (e.column ? `${e.column}：${e.reason}` : e.reason)).join('；');
}

/** Wide enough for what the field usually holds (company names, credit codes), else for the header. */
const WIDTHS: Partial<Record<TargetKey, number>> = {
  'enterprise.name': 200,
  'enterprise.uscc': 180,
  'enterprise.address': 220,
  'line.name': 140,
  'line.notes': 160,
  'case.description': 220,
  'case.notes': 160,
  'enterprise.notes': 160,
};

function widthFor(name: string, target: TargetKey): number {
  return Math.max(WIDTHS[target] ?? 0, Math.min(220, Math.max(96, [...name].length * 15 + 30)));
}

function reasonsAt(issues: readonly RowIssue[], column: string): string {
  return issues
    .filter((e) => e.column === column)
    .map((e) => e.reason)
    .join('；');
}

/** 新建企业「甲钢铁有限公司」、新建设备「中频炉 GW-5t」 */
function effect(r: PreviewRow): string {
  return (['enterprise', 'line', 'case'] as const)
    .flatMap((k) => {
      const part = r[k];
      const entity = r.entities[k];
      return part && entity ? [`${VERB[part.status]}${NOUN[k]}「${entity.label}」`] : [];
    })
    .join('、');
}

/** 企业「甲钢铁有限公司」联系电话：0531-1 → 0531-2 — the changes an 更新 row makes. */
function changes(r: PreviewRow): string {
  return (['enterprise', 'line', 'case'] as const)
    .flatMap((k) => {
      const e = r.entities[k];
      if (!e || r[k]?.status !== 'update') return [];
      return Object.keys(e.values).map((f) => {
        const key = `${k}.${f}` as TargetKey;
        const label = safeLabel(key, f);
        return `${NOUN[k]}「${e.label}」${label}：${show(e.before[f])} → ${show(e.values[f])}`;
      });
    })
    .join('\n');
}

function safeLabel(key: TargetKey, fallback: string): string {
  try {
    return targetInfo(key).label;
  } catch {
    return fallback;
  }
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : String(v));

const SOURCE_COLUMN = /^c(\d+)$/;

/** The file column (0-based) a preview column shows, or null for 行号, 状态 and the like. */
export function sourceColumnOf(colId: string): number | null {
  const m = SOURCE_COLUMN.exec(colId);
  return m ? Number(m[1]) : null;
}

const correctionAt = (r: PreviewRow | undefined, index: number) => r?.corrected.find((x) => x.column === index);

export function previewColumns(table: TableSummary, mapping: Mapping): ColDef<PreviewRow>[] {
  const targets = new Map(mapping.fields.flatMap((f) => ('column' in f ? [[f.column, f.target] as const] : [])));
  const mapped = table.columns.filter((c) => targets.has(c.index));
  return [
    { headerName: '行号', field: 'sourceRow', width: 72, pinned: 'left', cellClass: 'mono import-row-number', headerTooltip: '在原文件中的行号' },
    {
      headerName: '状态',
      colId: 'status',
      width: 80,
      pinned: 'left',
      valueGetter: (p) => (p.data ? ROW_STATUS_LABELS[p.data.status] : ''),
      cellClass: (p) => (p.data ? `import-status import-status-${p.data.status}` : ''),
    },
    {
      headerName: '错误说明',
      colId: 'issues',
      width: 420,
      valueGetter: (p) => (p.data ? issueText(p.data.errors.length ? p.data.errors : p.data.warnings) : ''),
      cellClass: (p) => (p.data?.errors.length ? 'import-issue-error' : 'import-issue-warning'),
      tooltipValueGetter: (p: ITooltipParams<PreviewRow>) => (p.value ? String(p.value) : undefined),
    },
    ...mapped.map(
      (c): ColDef<PreviewRow> => ({
        headerName: c.name,
        colId: `c${c.index}`,
        headerTooltip: `导入到：${targetLabel(targets.get(c.index)!)}`,
        width: widthFor(c.name, targets.get(c.index)!),
        valueGetter: (p) => (p.data ? displayCell(p.data.cells[c.index], targets.get(c.index)!) : ''),
        // A refused row is corrected where it is shown; a corrected cell stays open to a second try.
        editable: (p) => !!p.data && (p.data.errors.length > 0 || !!correctionAt(p.data, c.index)),
        valueSetter: (p) => {
          if (!p.data) return false;
          p.data.cells[c.index] = typeof p.newValue === 'string' ? p.newValue.trim() : p.newValue == null ? '' : String(p.newValue);
          return true;
        },
        cellClassRules: {
          'import-cell-error': (p) => !!p.data?.errors.some((e) => e.column === c.name),
          'import-cell-warning': (p) => !!p.data?.warnings.some((e) => e.column === c.name),
          'import-cell-corrected': (p) => !!correctionAt(p.data, c.index),
        },
        tooltipValueGetter: (p: ITooltipParams<PreviewRow>) => {
          const d = p.data;
          if (!d) return undefined;
          const fix = correctionAt(d, c.index);
          const reason = reasonsAt(d.errors, c.name) || reasonsAt(d.warnings, c.name);
          const was = fix ? `已在预览中更正，原表为「${fix.original || '（空）'}」` : '';
          return [reason, was].filter(Boolean).join('；') || (d.errors.length > 0 ? '双击可更正这一格' : undefined);
        },
      }),
    ),
    {
      headerName: '导入为',
      colId: 'effect',
      width: 420,
      valueGetter: (p) => (p.data ? effect(p.data) : ''),
      tooltipValueGetter: (p: ITooltipParams<PreviewRow>) => (p.data ? changes(p.data) || effect(p.data) || undefined : undefined),
    },
  ];
}
