import { Table } from 'antd';
import { COUNTY_FIELD } from '../../../shared/entities/county';
import type { Statistics } from '../../../shared/reports/statistics';
import { formatAmount } from '../grid/amounts';

type Row = Statistics['byCounty'][number];

/**
 * A city's figures by county × industry × dimension: the 汇总表's rows, each county's cell merged
 * over its rows as the city's own summary sheets are laid out. The same table is exported from
 * 报表 → 落后产能退出情况汇总表.
 */
export function CountyTable({ rows }: { rows: readonly Row[] }) {
  // The first row of each county carries the merged cell; the others hide theirs.
  const span = rows.map((r, i) => {
    if (i > 0 && rows[i - 1]!.county === r.county) return 0;
    const next = rows.slice(i).findIndex((x) => x.county !== r.county);
    return next === -1 ? rows.length - i : next;
  });
  return (
    <div className="statistics-county" data-testid="statistics-by-county">
      <h3>分县（市、区）、行业、类别退出情况</h3>
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        dataSource={rows as Row[]}
        rowKey={(r) => `${r.county}/${r.industry}/${r.dimension}/${r.capacityUnit}`}
        columns={[
          { title: COUNTY_FIELD.label, dataIndex: 'county', width: 110, onCell: (_, i) => ({ rowSpan: span[i ?? 0] }) },
          { title: '行业', dataIndex: 'industry', width: 100 },
          { title: '类别', dataIndex: 'dimension', width: 70 },
          { title: '产能单位', dataIndex: 'capacityUnit', width: 90 },
          { title: '计划企业（家）', dataIndex: 'plannedEnterprises', align: 'right' },
          { title: '计划设备（台/条）', dataIndex: 'plannedLines', align: 'right' },
          { title: '计划产能', dataIndex: 'plannedCapacity', align: 'right', render: (v: number | null) => formatAmount(v) },
          { title: '已退出设备（台/条）', dataIndex: 'exitedLines', align: 'right' },
          { title: '已退出产能', dataIndex: 'exitedCapacity', align: 'right', render: (v: number | null) => formatAmount(v) },
        ]}
      />
    </div>
  );
}
