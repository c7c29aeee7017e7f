import { Button, InputNumber, Menu, Space } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import type { ReportPreview } from '../../../shared/contract/reports';
import { REPORT_DESCRIPTIONS, REPORT_IDS, REPORT_LABELS, formatsOf, type ReportFormat, type ReportId } from '../../../shared/reports/reportIds';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { useJob } from '../common/useJob';
import { PreviewTable } from './PreviewTable';
import { SavedFile } from './SavedFile';

/** The county's reports: pick one, see its first rows, export it (a job with progress and 取消). */
export function ReportExportTab({ year }: { year: number }) {
  const { setStatus } = useStatus();
  const { run, modal } = useJob();
  const [report, setReport] = useState<ReportId>('annex');
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const [annexNumber, setAnnexNumber] = useState(1);
  const [saved, setSaved] = useState<{ file: string; rows: number | null } | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setPreview(await api.call('reports:preview', { report, year }));
    } catch (err) {
      setPreview(null);
      setStatus({ kind: 'error', text: `读取报表失败：${errorMessage(err)}` });
    } finally {
      setLoading(false);
    }
  }, [report, year, setStatus]);

  useEffect(() => {
    void load();
  }, [load]);

  async function exportAs(format: ReportFormat) {
    try {
      let file = '';
      const status = await run(`正在导出${REPORT_LABELS[report]}`, async () => {
        const started = await api.call('reports:export', { report, year, format, ...(report === 'annex' ? { annexNumber } : {}) });
        file = started.file;
        return started;
      });
      if (status.state === 'done') {
        const rows = status.kind === 'export' ? (status.result?.rows ?? null) : null;
        setSaved({ file, rows });
        setStatus({ kind: 'saved', text: `已导出：${file}` });
      } else {
        setStatus({ kind: status.state === 'cancelled' ? 'info' : 'error', text: status.error?.message ?? '导出未完成' });
      }
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  return (
    <div className="reports-layout">
      <Menu
        className="report-menu"
        mode="inline"
        selectedKeys={[report]}
        onClick={(e) => {
          setReport(e.key as ReportId);
          setSaved(null);
        }}
        items={REPORT_IDS.map((id) => ({ key: id, label: REPORT_LABELS[id] }))}
      />
      <div className="report-main">
        <div className="report-head">
          <div>
            <div className="report-title">{preview?.title || REPORT_LABELS[report]}</div>
            <div className="report-desc">{REPORT_DESCRIPTIONS[report]}</div>
          </div>
          <Space>
            {report === 'annex' && (
              <InputNumber aria-label="附件序号" min={1} max={99} value={annexNumber} prefix="附件" style={{ width: 100 }} onChange={(v) => typeof v === 'number' && setAnnexNumber(v)} />
            )}
            {formatsOf(report).map((format) => (
              <Button key={format} type={format === 'xlsx' ? 'primary' : 'default'} icon={format === 'xlsx' ? <FileExcelOutlined /> : <FileWordOutlined />} onClick={() => void exportAs(format)}>
                {format === 'xlsx' ? '导出 Excel' : '导出 Word'}
              </Button>
            ))}
          </Space>
        </div>
        {saved && <SavedFile file={saved.file} rows={saved.rows} onClose={() => setSaved(null)} />}
        <div className="report-count">
          {preview ? (preview.total > preview.rows.length ? `共 ${preview.total} 行，预览前 ${preview.rows.length} 行` : `共 ${preview.total} 行`) : ''}
        </div>
        <PreviewTable
          columns={preview?.columns ?? []}
          rows={preview?.rows ?? []}
          loading={loading}
          emptyText={report === 'annex' ? `${year}年还没有重点工作，请先在「重点工作」中添加或采用上级方案` : `${year}年没有符合条件的记录`}
        />
      </div>
      {modal}
    </div>
  );
}
