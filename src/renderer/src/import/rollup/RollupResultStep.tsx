import { Button, Result, Table } from 'antd';
import type { RollupFile, RollupPreview } from '../../../../shared/contract/packages';
import { SharedCodes, columns } from './RollupPreviewStep';

interface Props {
  result: RollupPreview;
  onShowBoard(): void;
  onShowEnterprises(): void;
  onAgain(): void;
}

/** Step 3: what went in, what was refused, and where to look next (报送情况). */
export function RollupResultStep({ result, onShowBoard, onShowEnterprises, onAgain }: Props) {
  const taken = result.files.filter((f) => f.verdict === 'new' || f.verdict === 'replace');
  const refused = result.files.filter((f) => f.verdict === 'refused' || f.verdict === 'unreadable');
  const counties = [...new Set(taken.map((f) => f.county))];
  return (
    <div className="import-step">
      <Result
        status={taken.length ? 'success' : 'info'}
        title={taken.length ? `已汇总 ${counties.length} 个县（市、区）：${counties.join('、')}` : '没有需要写入的变化，台账未改动'}
        subTitle={`${refused.length ? `${refused.length} 个文件已拒收，未导入。` : ''}导入前已自动备份当前数据。`}
        extra={[
          <Button key="board" type="primary" onClick={onShowBoard}>
            查看报送情况
          </Button>,
          <Button key="enterprises" onClick={onShowEnterprises}>
            查看企业名录
          </Button>,
          <Button key="again" onClick={onAgain}>
            再汇总一批
          </Button>,
        ]}
      />
      <Table<RollupFile> size="small" bordered pagination={false} rowKey={(f) => `${f.file}-${f.county ?? ''}`} dataSource={result.files} columns={columns()} data-testid="rollup-result" />
      <SharedCodes codes={result.sharedCreditCodes} after />
    </div>
  );
}
