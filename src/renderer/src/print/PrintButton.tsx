import { PrinterOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { errorMessage } from '../api';
import { useStatus } from '../common/status';
import { printSheet, type PrintSheet } from './printSheet';

/** 打印 for a list: the sheet is made when clicked, from the rows the list shows then. */
export function PrintButton({ sheet, size }: { sheet(): PrintSheet; size?: 'small' | 'middle' }) {
  const { setStatus } = useStatus();
  return (
    <Tooltip title="打印当前列表（A4 横向）">
      <Button
        size={size}
        icon={<PrinterOutlined />}
        onClick={() => Promise.resolve().then(() => printSheet(sheet())).catch((err: unknown) => setStatus({ kind: 'error', text: `打印失败：${errorMessage(err)}` }))}
      >
        打印
      </Button>
    </Tooltip>
  );
}
