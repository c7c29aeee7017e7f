import { Button, Result } from 'antd';
import type { ImportResult } from '../../../shared/contract/imports';
import { entityChanges } from './entityChanges';

interface Props {
  result: ImportResult;
  onShowEnterprises(): void;
  onShowHistory(): void;
  onAgain(): void;
}

/** Step 4 导入: what was written, the backup taken before, and where to go next. */
export function ResultStep({ result, onShowEnterprises, onShowHistory, onAgain }: Props) {
  const c = result.counts;
  const written = entityChanges(c);
  const rows = `新增 ${c.rowsNew} 行，更新 ${c.rowsUpdated} 行，无变化 ${c.rowsUnchanged} 行${c.rowsError ? `，跳过错误 ${c.rowsError} 行` : ''}。`;
  return (
    <div className="import-step">
      <Result
        status={result.importId ? 'success' : 'info'}
        title={result.importId ? '导入完成' : '没有需要写入的变化，台账未改动'}
        subTitle={
          <>
            <div>{rows}</div>
            {written && <div>{written}。</div>}
            {result.backup && <div>导入前已自动备份当前数据；如需撤销，可在“导入记录”中整次撤销本次导入。</div>}
            {result.warnings.map((w) => (
              <div key={w} className="import-hint">
                {w}
              </div>
            ))}
          </>
        }
        extra={[
          <Button key="enterprises" type="primary" onClick={onShowEnterprises}>
            查看企业名录
          </Button>,
          <Button key="history" onClick={onShowHistory}>
            查看导入记录
          </Button>,
          <Button key="again" onClick={onAgain}>
            再导入一个文件
          </Button>,
        ]}
      />
    </div>
  );
}
