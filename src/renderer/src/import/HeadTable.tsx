import { Table, Tag } from 'antd';
import type { SheetSummary, TableSummary } from '../../../shared/contract/imports';
import { columnLetter, type Cell } from '../../../shared/import/types';

/**
 * The first rows of a sheet as they are in the file, each marked with what detection made of
 * it (标题 / 表头 / 数据 / 合计 / 说明 …), so the user sees at a glance whether the header was
 * found where it is.
 */
type RowKind = { label: string; color?: string; className: string };

function kindOf(t: TableSummary | null, n: number): RowKind {
  if (!t) return { label: '', className: '' };
  if (n >= t.header.firstRow && n <= t.header.lastRow) return { label: '表头', color: 'blue', className: 'head-row-header' };
  if (t.titleRows.includes(n)) return { label: '标题', className: 'head-row-skipped' };
  if (t.infoRows.includes(n)) return { label: '填报信息', className: 'head-row-skipped' };
  if (n < t.header.firstRow) return { label: '', className: 'head-row-skipped' };
  if (t.totalRows.includes(n) || t.subtotalRows.includes(n)) return { label: '合计（跳过）', color: 'orange', className: 'head-row-skipped' };
  if (t.footnoteRows.includes(n)) return { label: '说明（跳过）', color: 'orange', className: 'head-row-skipped' };
  if (t.sectionRows.includes(n)) return { label: '分组标题', className: 'head-row-skipped' };
  if (t.repeatedHeaderRows.includes(n)) return { label: '重复表头', className: 'head-row-skipped' };
  if (t.blankRows.includes(n)) return { label: '空行', className: 'head-row-skipped' };
  return { label: '数据', color: 'green', className: '' };
}

const MAX_COLUMNS = 16;

export function HeadTable({ sheet }: { sheet: SheetSummary }) {
  const width = Math.min(MAX_COLUMNS, Math.max(0, ...sheet.head.map((r) => r.length)));
  const rows = sheet.head.map((cells, i) => ({ key: i + 1, n: i + 1, cells, kind: kindOf(sheet.table, i + 1) }));
  const show = (v: Cell | undefined) => (v === null || v === undefined ? '' : String(v));
  return (
    <Table
      className="head-table"
      size="small"
      bordered
      tableLayout="fixed"
      pagination={false}
      scroll={{ x: 152 + width * 120, y: 300 }}
      dataSource={rows}
      rowClassName={(r) => r.kind.className}
      columns={[
        { title: '行', dataIndex: 'n', width: 48, fixed: 'left', align: 'right' },
        {
          title: '识别为',
          key: 'kind',
          width: 104,
          fixed: 'left',
          render: (_: unknown, r) => (r.kind.label ? <Tag color={r.kind.color}>{r.kind.label}</Tag> : null),
        },
        ...Array.from({ length: width }, (_, c) => ({
          title: columnLetter(c),
          key: `c${c}`,
          width: 120,
          ellipsis: true,
          render: (_: unknown, r: (typeof rows)[number]) => show(r.cells[c]),
        })),
      ]}
    />
  );
}
