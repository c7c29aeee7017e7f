import { Alert, Button, Descriptions, InputNumber, Select, Space, Spin, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import type { ImportView, TableSummary } from '../../../shared/contract/imports';
import { HeadTable } from './HeadTable';

interface Props {
  view: ImportView | null;
  loading: string | null;
  onFile(file: File): void;
  onSheet(sheet: string): void;
  onHeader(header: { firstRow: number; lastRow: number } | null): void;
  onNext(): void;
}

const FORMAT_LABELS = { xlsx: 'Excel 工作簿（.xlsx）', xls: 'Excel 97-2003 工作簿（.xls）', csv: 'CSV 文本' } as const;

function encodingLabel(e: string | null): string {
  if (!e) return '';
  return e === 'gb18030' ? '，GB18030（简体中文 Windows）编码' : e === 'utf-8' ? '，UTF-8 编码' : `，${e.toUpperCase()} 编码`;
}

function detected(t: TableSummary): string {
  const skipped = [
    [t.blankRows.length, '空行'],
    [t.totalRows.length + t.subtotalRows.length, '合计行'],
    [t.footnoteRows.length, '说明行'],
    [t.repeatedHeaderRows.length, '重复表头'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, what]) => `${what} ${n} 行`);
  const header = t.header.firstRow === t.header.lastRow ? `第 ${t.header.firstRow} 行` : `第 ${t.header.firstRow}–${t.header.lastRow} 行`;
  const data = t.firstDataRow ? `数据从第 ${t.firstDataRow} 行开始，共 ${t.dataRowCount} 行` : '表头下没有数据行';
  return `表头在${header}，${data}${skipped.length ? `；已跳过${skipped.join('、')}` : ''}`;
}

/** Step 1 选择文件: pick or drop the file, choose the sheet, correct the header rows if need be. */
export function FileStep({ view, loading, onFile, onSheet, onHeader, onNext }: Props) {
  const sheet = view?.file.sheets.find((s) => s.name === view.sheet) ?? null;
  const table = sheet?.table ?? null;
  const [first, setFirst] = useState<number | null>(null);
  const [last, setLast] = useState<number | null>(null);
  useEffect(() => {
    setFirst(table?.header.firstRow ?? null);
    setLast(table?.header.lastRow ?? null);
  }, [table]);

  return (
    <Spin spinning={loading !== null} description={loading ?? undefined}>
      <div className="import-step">
        <Upload.Dragger
          accept=".xlsx,.xls,.csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            onFile(file);
            return false;
          }}
          className={view ? 'import-drop import-drop-small' : 'import-drop'}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{view ? '重新选择文件：点击或将文件拖到这里' : '点击选择文件，或将文件拖到这里'}</p>
          {!view && (
            <p className="ant-upload-hint">
              支持 .xlsx、.xls（Excel 97-2003）和 .csv，不超过 50 MB。标题行、多行表头、序号列、合计行和填报说明会自动识别。
            </p>
          )}
        </Upload.Dragger>

        {view && (
          <>
            <Descriptions size="small" column={3} bordered className="import-file-info">
              <Descriptions.Item label="文件">{view.file.fileName}</Descriptions.Item>
              <Descriptions.Item label="格式">
                {FORMAT_LABELS[view.file.format]}
                {encodingLabel(view.file.encoding)}
              </Descriptions.Item>
              <Descriptions.Item label="工作表">
                <Select
                  aria-label="工作表"
                  size="small"
                  style={{ minWidth: 200 }}
                  value={view.sheet ?? undefined}
                  onChange={onSheet}
                  options={view.file.sheets.map((s) => ({
                    value: s.name,
                    label: `${s.name}${s.hidden ? '（隐藏）' : ''}${s.table ? `　${s.table.dataRowCount} 行数据` : '　空'}`,
                  }))}
                />
              </Descriptions.Item>
            </Descriptions>
            {table ? (
              <Alert
                type={table.dataRowCount > 0 ? 'success' : 'warning'}
                showIcon
                title={detected(table)}
                description={
                  <Space wrap>
                    <span>识别不对？指定表头行：第</span>
                    <InputNumber aria-label="表头起始行" size="small" min={1} max={sheet!.rowCount} value={first} onChange={setFirst} />
                    <span>至</span>
                    <InputNumber aria-label="表头结束行" size="small" min={1} max={sheet!.rowCount} value={last} onChange={setLast} />
                    <span>行</span>
                    <Button size="small" disabled={!first || !last || last < first} onClick={() => first && last && onHeader({ firstRow: first, lastRow: last })}>
                      按此表头重新识别
                    </Button>
                    <Button size="small" type="link" onClick={() => onHeader(null)}>
                      恢复自动识别
                    </Button>
                  </Space>
                }
              />
            ) : (
              <Alert type="warning" showIcon title={`工作表「${view.sheet ?? ''}」是空的，请选择其他工作表或其他文件`} />
            )}
            {sheet && <HeadTable sheet={sheet} />}
            <div className="import-actions">
              <Button type="primary" disabled={!table || table.dataRowCount === 0} onClick={onNext}>
                下一步：对应列
              </Button>
            </div>
          </>
        )}
      </div>
    </Spin>
  );
}
