import { Button, Checkbox, Popover } from 'antd';
import { ColumnWidthOutlined } from '@ant-design/icons';
import type { GridApi } from 'ag-grid-community';
import { useState } from 'react';

interface Props {
  gridApi: GridApi | null;
  size: 'small' | 'middle';
  onChanged(): void;
  onReset(): void;
}

/** 列: show or hide columns (the frozen name column always shows), or go back to the defaults. */
export function ColumnChooser({ gridApi, size, onChanged, onReset }: Props) {
  const [, setVersion] = useState(0);
  const columns = (gridApi?.getColumns() ?? []).filter((c) => !c.getColId().startsWith('ag-Grid-') && !c.getColDef().lockVisible);
  const content = (
    <div className="column-chooser">
      {columns.map((c) => (
        <Checkbox
          key={c.getColId()}
          checked={c.isVisible()}
          onChange={(e) => {
            gridApi?.setColumnsVisible([c], e.target.checked);
            onChanged();
            setVersion((v) => v + 1);
          }}
        >
          {c.getColDef().headerName}
        </Checkbox>
      ))}
      <Button size="small" type="link" onClick={onReset}>
        恢复默认列宽、顺序和显示
      </Button>
    </div>
  );
  return (
    <Popover content={content} title="显示的列" trigger="click" placement="bottomRight" onOpenChange={() => setVersion((v) => v + 1)}>
      <Button size={size} icon={<ColumnWidthOutlined />}>
        列
      </Button>
    </Popover>
  );
}
