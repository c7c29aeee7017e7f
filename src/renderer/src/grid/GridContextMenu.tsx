import { Dropdown, type MenuProps } from 'antd';

/** Where the right-click was: a cell (its display row and column) or a column header. */
export interface MenuTarget {
  x: number;
  y: number;
  colId: string;
  rowIndex: number | null;
}

export type MenuAction = 'copy' | 'paste' | 'insertRow' | 'deleteRow' | 'fillDown' | 'clear' | 'freeze' | 'unfreeze' | 'sort' | 'filterValue';

const CELL_ITEMS: MenuProps['items'] = [
  { key: 'copy', label: '复制', extra: 'Ctrl+C' },
  { key: 'paste', label: '粘贴', extra: 'Ctrl+V' },
  { type: 'divider' },
  { key: 'insertRow', label: '插入行' },
  { key: 'deleteRow', label: '删除行', danger: true },
  { type: 'divider' },
  { key: 'fillDown', label: '向下填充', extra: 'Ctrl+D' },
  { key: 'clear', label: '清除内容', extra: 'Delete' },
  { type: 'divider' },
  { key: 'freeze', label: '冻结至此列' },
  { key: 'unfreeze', label: '取消冻结' },
  { key: 'sort', label: '按此列排序' },
  { key: 'filterValue', label: '筛选此值' },
];
const HEADER_ITEMS: MenuProps['items'] = [
  { key: 'freeze', label: '冻结至此列' },
  { key: 'unfreeze', label: '取消冻结' },
  { key: 'sort', label: '按此列排序' },
];

/** Finds what a right-click on the grid landed on; null outside cells and headers. */
export function menuTargetOf(e: React.MouseEvent): MenuTarget | null {
  const el = e.target instanceof Element ? e.target : null;
  const header = el?.closest('.ag-header-cell[col-id]');
  const cell = el?.closest('.ag-cell[col-id]');
  const colId = (header ?? cell)?.getAttribute('col-id');
  if (!colId || colId.startsWith('ag-Grid-')) return null;
  const rowIndex = cell?.closest('.ag-row')?.getAttribute('row-index');
  return { x: e.clientX, y: e.clientY, colId, rowIndex: header || !rowIndex ? null : Number(rowIndex) };
}

/** The right-click menu of a ledger grid, at the mouse; cells get all actions, headers the column ones. */
export function GridContextMenu({ target, onAction, onClose }: { target: MenuTarget | null; onAction(action: MenuAction, target: MenuTarget): void; onClose(): void }) {
  if (!target) return null;
  return (
    <Dropdown
      open
      trigger={['contextMenu']}
      menu={{
        items: target.rowIndex === null ? HEADER_ITEMS : CELL_ITEMS,
        onClick: ({ key }) => {
          onClose();
          onAction(key as MenuAction, target);
        },
      }}
      onOpenChange={(open) => !open && onClose()}
    >
      <span data-testid="grid-menu-anchor" style={{ position: 'fixed', left: target.x, top: target.y, width: 1, height: 1 }} />
    </Dropdown>
  );
}
