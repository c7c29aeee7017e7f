import { Table } from 'antd';
import type { WorkbenchOverview } from '../../../shared/contract/workbench';

type Row = WorkbenchOverview['counts']['byDimension'][number];

const num = (n: number, color?: string) => (n === 0 ? <span style={{ color: '#c0c4cc' }}>0</span> : <span style={color ? { color, fontWeight: 600 } : undefined}>{n}</span>);

/** 按维度统计: open, overdue, due soon, cards and closed cases per dimension. */
export function DimensionTable({ rows, thresholds }: { rows: readonly Row[]; thresholds: { soon: number; near: number } }) {
  const total = rows.reduce(
    (t, r) => ({ ...t, open: t.open + r.open, overdue: t.overdue + r.overdue, soon: t.soon + r.soon, near: t.near + r.near, yellow: t.yellow + r.yellow, red: t.red + r.red, closed: t.closed + r.closed }),
    { dimension: '合计', open: 0, overdue: 0, soon: 0, near: 0, yellow: 0, red: 0, closed: 0 },
  );
  return (
    <Table<Row | typeof total>
      size="small"
      pagination={false}
      rowKey="dimension"
      dataSource={[...rows, total]}
      className="dimension-table"
      data-testid="dimension-table"
      columns={[
        { title: '维度', dataIndex: 'dimension', render: (d: string) => (d === '合计' ? <strong>合计</strong> : d) },
        { title: '在办', dataIndex: 'open', align: 'right', render: (n: number) => num(n) },
        { title: '已逾期', dataIndex: 'overdue', align: 'right', render: (n: number) => num(n, '#cf1322') },
        { title: `${thresholds.soon}天内`, dataIndex: 'soon', align: 'right', render: (n: number) => num(n, '#d46b08') },
        { title: `${thresholds.soon + 1}–${thresholds.near}天`, dataIndex: 'near', align: 'right', render: (n: number) => num(n, '#ad8b00') },
        { title: '黄牌', dataIndex: 'yellow', align: 'right', render: (n: number) => num(n, '#ad8b00') },
        { title: '红牌', dataIndex: 'red', align: 'right', render: (n: number) => num(n, '#cf1322') },
        { title: '已办结', dataIndex: 'closed', align: 'right', render: (n: number) => num(n) },
      ]}
    />
  );
}
