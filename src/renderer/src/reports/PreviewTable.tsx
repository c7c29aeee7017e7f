import { Table } from 'antd';

interface Props {
  columns: { key: string; title: string }[];
  rows: Record<string, string | number | null>[];
  loading?: boolean;
  emptyText: string;
}

/** The first rows of a report as they will be written: same columns, same values. */
export function PreviewTable({ columns, rows, loading, emptyText }: Props) {
  return (
    <Table
      size="small"
      bordered
      loading={loading ?? false}
      pagination={false}
      rowKey={(_, i) => String(i)}
      dataSource={rows}
      scroll={{ x: 'max-content', y: 420 }}
      locale={{ emptyText }}
      columns={columns.map((c) => ({
        key: c.key,
        dataIndex: c.key,
        title: c.title,
        ellipsis: false,
        onCell: () => ({ style: { maxWidth: 320, whiteSpace: 'normal' } }),
      }))}
      data-testid="report-preview"
    />
  );
}
