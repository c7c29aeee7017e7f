import { Alert, Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ROLLUP_VERDICT_LABELS, type RollupFile, type RollupPreview, type SharedCode } from '../../../../shared/contract/packages';
import { PACKAGE_SHEETS } from '../../../../shared/countyPackage/sheets';
import { formatDateTime } from '../../common/format';
import type { ChosenFile } from './RollupFilesStep';
import './rollup.css';

interface Props {
  preview: RollupPreview;
  /** Files refused in the page before they reached main (too large, unreadable from disk). */
  localRefusals: ChosenFile[];
  onBack(): void;
  onCommit(): void;
}

const VERDICT_COLORS: Record<RollupFile['verdict'], string> = { new: 'green', replace: 'blue', same: 'default', refused: 'red', unreadable: 'red' };
const refused = (f: RollupFile) => f.verdict === 'refused' || f.verdict === 'unreadable';

function Change({ file, sheet }: { file: RollupFile; sheet: (typeof PACKAGE_SHEETS)[number]['key'] }) {
  const c = file.changes?.[sheet];
  if (!c || c.added + c.updated + c.deleted === 0) return <span className="muted">无变化</span>;
  return (
    <span className="rollup-change">
      {c.added > 0 && <span className="added">新增 {c.added}</span>}
      {c.updated > 0 && <span>更新 {c.updated}</span>}
      {c.deleted > 0 && <span className="deleted">删除 {c.deleted}</span>}
    </span>
  );
}

export function columns(): ColumnsType<RollupFile> {
  const span = (f: RollupFile, first: boolean) => (refused(f) ? { colSpan: first ? PACKAGE_SHEETS.length : 0 } : {});
  return [
    { key: 'file', title: '文件', dataIndex: 'file', width: 220, onCell: () => ({ style: { wordBreak: 'break-all' } }) },
    { key: 'county', title: '县（市、区）', dataIndex: 'county', width: 110, render: (v: string | null, f) => v ?? (f.verdict === 'unreadable' ? '—' : '') },
    { key: 'exportedAt', title: '导出时间', dataIndex: 'exportedAt', width: 140, render: (v: string | null, f) => (v ? `${formatDateTime(v)}${f.kind === 'template' ? '（文件修改时间）' : ''}` : '') },
    { key: 'verdict', title: '结果', dataIndex: 'verdict', width: 70, render: (v: RollupFile['verdict']) => <Tag color={VERDICT_COLORS[v]}>{ROLLUP_VERDICT_LABELS[v]}</Tag> },
    ...PACKAGE_SHEETS.map((s, i) => ({
      key: s.key,
      title: s.name,
      width: 88,
      onCell: (f: RollupFile) => span(f, i === 0),
      render: (_: unknown, f: RollupFile) => (refused(f) ? <span className="rollup-reason">{f.reason}</span> : <Change file={f} sheet={s.key} />),
    })),
  ];
}

export function SharedCodes({ codes, after }: { codes: SharedCode[]; after: boolean }) {
  if (codes.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="rollup-shared"
      title={`${new Set(codes.map((c) => c.uscc)).size} 个统一社会信用代码${after ? '' : '汇总后将'}同时出现在两个以上县（市、区），请核实企业归属`}
      description={
        <ul className="rollup-shared">
          {codes.map((c) => (
            <li key={`${c.uscc}-${c.county}`}>
              {c.uscc}：{c.county}「{c.name}」，另见{c.otherCounties.join('、')}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Step 2: what each county's file would change, what is refused and why, shared credit codes. */
export function RollupPreviewStep({ preview, localRefusals, onBack, onCommit }: Props) {
  const extra: RollupFile[] = localRefusals
    .filter((f) => !preview.files.some((p) => p.file === f.name))
    .map((f) => ({ file: f.name, county: null, kind: null, exportedAt: null, verdict: 'unreadable', reason: f.reason, changes: null, rows: null }));
  const rows = [...preview.files, ...extra];
  const taken = rows.filter((f) => f.verdict === 'new' || f.verdict === 'replace');
  return (
    <div className="import-step">
      <Alert
        type={taken.length ? 'info' : 'warning'}
        showIcon
        title={taken.length ? `将汇总 ${new Set(taken.map((f) => f.county)).size} 个县（市、区）：每个县的数据换成其报送包中的数据，其他县不受影响` : '没有需要写入的变化'}
      />
      <Table<RollupFile> size="small" bordered pagination={false} rowKey={(f) => `${f.file}-${f.county ?? ''}`} dataSource={rows} columns={columns()} scroll={{ y: 360 }} data-testid="rollup-preview" />
      <SharedCodes codes={preview.sharedCreditCodes} after={false} />
      <div className="import-actions">
        <Button onClick={onBack}>上一步</Button>
        <Button type="primary" disabled={taken.length === 0} onClick={onCommit}>
          导入
        </Button>
      </div>
    </div>
  );
}
