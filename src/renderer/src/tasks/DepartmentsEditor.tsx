import { Select } from 'antd';
import type { CustomCellEditorProps } from 'ag-grid-react';
import { useState } from 'react';

/**
 * 牵头部门 / 配合部门 in the grid: pick from the county's departments (设置), or type one that
 * is not on the list (各乡镇人民政府). Enter or leaving the cell saves the choice.
 */
export function DepartmentsEditor(props: CustomCellEditorProps & { departments: string[] }) {
  const [value, setValue] = useState<string[]>(Array.isArray(props.value) ? (props.value as string[]) : []);
  return (
    <div style={{ width: 360, padding: 4, background: '#fff' }}>
      <Select
        autoFocus
        open
        mode="tags"
        value={value}
        tokenSeparators={['、', '，', ',']}
        placeholder="选择或输入部门"
        options={props.departments.map((d) => ({ value: d, label: d }))}
        style={{ width: '100%' }}
        getPopupContainer={(trigger: HTMLElement) => trigger.parentElement ?? document.body}
        onChange={(next: string[]) => {
          setValue(next);
          props.onValueChange(next);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.stopEditing(true);
        }}
      />
    </div>
  );
}
