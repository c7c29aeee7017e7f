/** The keys of the app and its grids, for 使用说明 and the F1 list; one list, so the two agree. */
export interface Shortcut {
  keys: string;
  does: string;
}

export const SHORTCUT_GROUPS: readonly { title: string; items: readonly Shortcut[] }[] = [
  {
    title: '表格中的编辑',
    items: [
      { keys: '直接输入（含拼音、五笔）、F2、双击', does: '编辑单元格；下拉列从「设置」的选项中选择' },
      { keys: 'Enter / Tab', does: '保存并移到下一行 / 右侧一格' },
      { keys: 'Esc', does: '取消编辑，或放弃被拒绝的输入' },
      { keys: 'Delete', does: '清除单元格或选中区域（一次撤销即可恢复）' },
      { keys: 'Ctrl+Z / Ctrl+Y', does: '撤销 / 重做' },
    ],
  },
  {
    title: '区域、复制与粘贴',
    items: [
      { keys: '拖动、Shift+单击、Shift+方向键', does: '选中一块区域' },
      { keys: 'Ctrl+C', does: '复制区域（可直接粘贴到 Excel 或 WPS）' },
      { keys: 'Ctrl+V', does: '从 Excel 或 WPS 粘贴一块数据；在新增行上粘贴可批量新增' },
      { keys: 'Ctrl+D', does: '向下填充' },
      { keys: '拖动右下角填充柄', does: '向下复制数值，或延续序列（1、2、3；2022-01、2022-02）' },
      { keys: '右键', does: '复制、粘贴、插入行、删除行、向下填充、清除内容、冻结至此列、按此列排序、筛选此值' },
    ],
  },
  {
    title: '窗口',
    items: [
      { keys: 'Ctrl+1 / Ctrl+2 / Ctrl+3', does: '企业名录 / 落后设备 / 整改事项（桌面版）' },
      { keys: 'Ctrl+,', does: '设置（桌面版）' },
      { keys: 'F1', does: '显示本快捷键列表' },
    ],
  },
];
