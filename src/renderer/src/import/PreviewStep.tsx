import { Alert, Button, Checkbox, Space, Tag } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { AgGridReact } from 'ag-grid-react';
import type { CellValueChangedEvent, GetRowIdParams, IDatasource } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import type { TableSummary } from '../../../shared/contract/imports';
import type { PlanSummary, PreviewRow } from '../../../shared/import/planTypes';
import { api, errorMessage } from '../api';
import { formatDateTime } from '../common/format';
import { useStatus } from '../common/status';
import { gridLocale, gridTheme } from '../grid/setup';
import { entityChanges } from './entityChanges';
import { previewColumns, sourceColumnOf } from './previewColumns';

interface Props {
  sessionId: string;
  plan: PlanSummary;
  table: TableSummary;
  onBack(): void;
  onCommit(): void;
  /** A cell was corrected: the preview's new counts. */
  onPlan(plan: PlanSummary): void;
}

const getRowId = (p: GetRowIdParams<PreviewRow>) => String(p.data.sourceRow);

function entitySummary(c: PlanSummary['counts']): string {
  const changes = entityChanges(c);
  return changes ? `导入后将${changes}` : '导入不会改变台账';
}

/**
 * Step 3 预览: every row with its status, errors red with the reason on hover, 只看错误, 导出错误.
 * A refused row's cells are edited in place: each correction is checked at once by main with the
 * import's own rules, and the row comes back as 新增, 更新 or still 错误.
 */
export function PreviewStep({ sessionId, plan, table, onBack, onCommit, onPlan }: Props) {
  const { setStatus } = useStatus();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [correcting, setCorrecting] = useState(0);
  const c = plan.counts;
  // The last refused row corrected: 只看错误 has nothing left to show.
  useEffect(() => {
    if (c.error === 0) setOnlyErrors(false);
  }, [c.error]);
  const columns = useMemo(() => previewColumns(table, plan.mapping), [table, plan.mapping]);
  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (p) => {
        api
          .call('import:rows', { sessionId, offset: p.startRow, limit: p.endRow - p.startRow, status: onlyErrors ? 'error' : undefined })
          .then(
            (page) => p.successCallback(page.rows, page.total),
            (err) => {
              p.failCallback();
              setStatus({ kind: 'error', text: `读取预览失败：${errorMessage(err)}` });
            },
          );
      },
    }),
    [sessionId, onlyErrors, setStatus],
  );

  async function correct(e: CellValueChangedEvent<PreviewRow>) {
    const column = sourceColumnOf(e.column.getColId());
    if (!e.data || column === null) return;
    const name = e.colDef.headerName ?? '';
    const value = e.data.cells[column];
    setCorrecting((n) => n + 1);
    try {
      const next = await api.call('import:correct', { sessionId, sourceRow: e.data.sourceRow, column, value: value === null || value === undefined ? '' : String(value) });
      onPlan(next);
      setStatus({ kind: 'info', text: `已更正第 ${e.data.sourceRow} 行「${name}」，已按导入规则重新检查` });
    } catch (err) {
      setStatus({ kind: 'error', text: `更正第 ${e.data.sourceRow} 行「${name}」失败：${errorMessage(err)}` });
    } finally {
      setCorrecting((n) => n - 1);
      // The row's status, its errors and the rows that name the same records are read again.
      e.api.refreshInfiniteCache();
    }
  }

  async function exportErrors() {
    setExporting(true);
    try {
      const r = await api.call('import:errorsXlsx', { sessionId });
      setStatus(r.file ? { kind: 'saved', text: `已导出 ${r.rows} 行错误（含“错误说明”列）到：${r.file}` } : { kind: 'info', text: '已取消导出' });
    } catch (err) {
      setStatus({ kind: 'error', text: `导出错误失败：${errorMessage(err)}` });
    } finally {
      setExporting(false);
    }
  }

  const writes = c.new + c.update;
  const last = plan.previousImports[0];
  return (
    <div className="import-step import-preview">
      <div className="preview-summary">
        <Space size={4} wrap>
          <span>表头以下共 {c.sourceRows} 行：</span>
          <Tag color="green">新增 {c.new}</Tag>
          <Tag color="blue">更新 {c.update}</Tag>
          <Tag>无变化 {c.unchanged}</Tag>
          <Tag color={c.error ? 'red' : undefined}>错误 {c.error}</Tag>
          <Tag title="空行、合计、小标题、重复的表头和表下注释，不导入">跳过 {c.skipped}</Tag>
          <span className="preview-entities">{entitySummary(c)}</span>
        </Space>
      </div>
      {last && (
        <Alert
          type="warning"
          showIcon
          title={`这个文件已于 ${formatDateTime(last.finishedAt)} 导入过${plan.previousImports.length > 1 ? `（共 ${plan.previousImports.length} 次）` : ''}；再次导入只会写入有变化的行。`}
        />
      )}
      {plan.notes.map((n) => (
        <Alert key={n} type="info" showIcon title={n} />
      ))}
      {c.error > 0 && (
        <Alert
          type="error"
          showIcon
          title={`${c.error} 行有错误，导入时将跳过这些行（其余行照常导入）。红色单元格是出错的地方，鼠标停在上面可看原因；双击错误行的单元格可直接更正，改好的行立即重新检查；也可导出错误行，在原表中改正后再导入。`}
        />
      )}
      <div className="preview-toolbar">
        <Checkbox checked={onlyErrors} disabled={c.error === 0} onChange={(e) => setOnlyErrors(e.target.checked)}>
          只看错误（{c.error}）
        </Checkbox>
        <Button size="small" icon={<ExportOutlined />} disabled={c.error === 0} loading={exporting} onClick={() => void exportErrors()}>
          导出错误
        </Button>
      </div>
      <div className="preview-grid">
        <AgGridReact<PreviewRow>
          key={onlyErrors ? 'errors' : 'all'}
          theme={gridTheme}
          localeText={gridLocale}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={200}
          maxBlocksInCache={20}
          columnDefs={columns}
          getRowId={getRowId}
          tooltipShowDelay={150}
          // Every mapped column is rendered, so a red cell far right is there for the eye and for tests.
          suppressColumnVirtualisation
          stopEditingWhenCellsLoseFocus
          onCellValueChanged={(e) => void correct(e)}
          defaultColDef={{ sortable: false, resizable: true, suppressMovable: true }}
          overlayNoRowsTemplate="没有数据行"
        />
      </div>
      <div className="import-actions">
        <Space>
          <Button onClick={onBack}>上一步</Button>
          <Button type="primary" disabled={writes === 0 || correcting > 0} onClick={onCommit}>
            开始导入
          </Button>
          <span className="import-hint">
            {writes === 0
              ? '没有需要写入的变化：各行都无变化或有错误'
              : `将写入新增 ${c.new} 行、更新 ${c.update} 行${c.error ? `，跳过错误 ${c.error} 行` : ''}；导入前自动备份，导入后可在“导入记录”中整次撤销`}
          </span>
        </Space>
      </div>
    </div>
  );
}
