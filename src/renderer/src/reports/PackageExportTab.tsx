import { Button, Descriptions } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { PackageExported } from '../../../shared/contract/packages';
import { PACKAGE_SHEETS } from '../../../shared/countyPackage/sheets';
import { api, errorMessage } from '../api';
import { formatDateTime } from '../common/format';
import { useStatus } from '../common/status';
import { useJob } from '../common/useJob';
import { SavedFile } from './SavedFile';

/** 导出 → 报送包: the county's ledger for the year as the city receives it (a job with progress and 取消). */
export function PackageExportTab({ year }: { year: number }) {
  const { setStatus } = useStatus();
  const { run, modal } = useJob();
  const [saved, setSaved] = useState<PackageExported | null>(null);

  async function exportPackage() {
    try {
      const status = await run('正在导出报送包', () => api.call('packages:export', { year }));
      if (status.state === 'done') {
        const r = PackageExported.parse(status.result);
        setSaved(r);
        setStatus({ kind: 'saved', text: `已导出报送包：${r.file}` });
      } else {
        setStatus({ kind: status.state === 'cancelled' ? 'info' : 'error', text: status.error?.message ?? '导出未完成' });
      }
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  const total = saved ? Object.values(saved.rows).reduce((a, b) => a + b, 0) : null;
  return (
    <div className="report-main">
      <div className="report-head">
        <div>
          <div className="report-title">{year}年报送包</div>
          <div className="report-desc">
            报送市里的一个 Excel 工作簿：企业、设备、整改事项、重点工作、时间节点五张表，以及「说明」（县名、年度、导出时间、软件版本、各表行数和校验码）。
            可用 Excel 或 WPS 打开查看；市里在「导入 → 汇总报送包」中收取，导出后被改动过的报送包会被拒收。
          </div>
        </div>
        <Button type="primary" icon={<FileExcelOutlined />} onClick={() => void exportPackage()}>
          导出报送包
        </Button>
      </div>
      {saved && (
        <>
          <SavedFile file={saved.file} rows={total} onClose={() => setSaved(null)} />
          <Descriptions size="small" bordered column={3} data-testid="package-info">
            <Descriptions.Item label="县（市、区）">{saved.county}</Descriptions.Item>
            <Descriptions.Item label="年度">{saved.year}</Descriptions.Item>
            <Descriptions.Item label="导出时间">{formatDateTime(saved.exportedAt)}</Descriptions.Item>
            {PACKAGE_SHEETS.map((s) => (
              <Descriptions.Item key={s.key} label={s.name}>
                {saved.rows[s.key]} 行
              </Descriptions.Item>
            ))}
            <Descriptions.Item label="校验码（SHA-256）" span={3}>
              <code className="saved-file">{saved.checksum}</code>
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
      {modal}
    </div>
  );
}
