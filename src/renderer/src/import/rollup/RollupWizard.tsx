import { App as AntApp, Steps } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { RollupPreview } from '../../../../shared/contract/packages';
import { isPackageFileName } from '../../../../shared/countyPackage/sheets';
import { api, errorMessage } from '../../api';
import { setLeaveGuard } from '../../common/leaveGuard';
import { useStatus } from '../../common/status';
import { useJob } from '../../common/useJob';
import { publish } from '../../grid/rowBus';
import { readAsBase64 } from '../readFile';
import { RollupFilesStep, type ChosenFile } from './RollupFilesStep';
import { RollupPreviewStep } from './RollupPreviewStep';
import { RollupResultStep } from './RollupResultStep';

interface Props {
  onShowBoard(): void;
  onShowEnterprises(): void;
}

/**
 * 汇总报送包, the city's wizard beside the import wizard:
 *   1. 选择文件 — files or a folder chosen, or dropped; each is sent to main and read at once, so
 *      a file that is not a package, or whose checksum does not match, is named as it arrives;
 *   2. 预览 — per file: county, export date, 新增/更新/删除 of each table, or why it is refused
 *      (older than the one held, with both dates); credit codes another county also reports;
 *   3. 导入 — a job (backup, then each county in its own transaction), then what it did.
 * Leaving between choosing and importing asks first; the session is closed when left.
 */
export function RollupWizard({ onShowBoard, onShowEnterprises }: Props) {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const { run, modal: progress } = useJob();
  const [step, setStep] = useState(0);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [preview, setPreview] = useState<RollupPreview | null>(null);
  const [result, setResult] = useState<RollupPreview | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const session = useRef<string | null>(null);
  // Files go to main one after another: the first answer names the session the rest join.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const closeSession = useCallback(() => {
    const id = session.current;
    session.current = null;
    queue.current = Promise.resolve();
    if (id) api.call('rollup:close', { sessionId: id }).catch(() => undefined);
  }, []);
  useEffect(() => closeSession, [closeSession]);
  useEffect(
    () => setLeaveGuard(() => (files.length > 0 && step < 2 ? `已选的 ${files.length} 个报送包还没有导入，离开将放弃已选的文件。` : null)),
    [files, step],
  );

  const put = (f: ChosenFile) => setFiles((list) => [...list.filter((x) => x.name !== f.name), f]);

  function addFile(file: File) {
    if (!isPackageFileName(file.name)) return;
    put({ name: file.name, state: 'reading', counties: [], reason: null });
    setPreview(null);
    queue.current = queue.current.then(async () => {
      try {
        const base64 = await readAsBase64(file);
        const r = await api.call('rollup:add', { sessionId: session.current, fileName: file.name, base64, modifiedAt: new Date(file.lastModified || Date.now()).toISOString() });
        session.current = r.sessionId;
        put({ name: file.name, state: r.refused ? 'refused' : 'read', counties: r.counties, reason: r.refused });
      } catch (err) {
        put({ name: file.name, state: 'refused', counties: [], reason: errorMessage(err) });
      }
    });
  }

  async function toPreview() {
    setLoading('正在比对各县数据…');
    try {
      await queue.current;
      if (!session.current) throw new Error('没有可以汇总的报送包，请重新选择文件');
      setPreview(await api.call('rollup:preview', { sessionId: session.current }));
      setStep(1);
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    } finally {
      setLoading(null);
    }
  }

  async function commit() {
    const id = session.current;
    if (!id) return;
    try {
      const status = await run('正在汇总报送包', () => api.call('rollup:commit', { sessionId: id }));
      if (status.state === 'done') {
        session.current = null;
        setResult(RollupPreview.parse(status.result));
        publish({ kind: 'reload', entities: ['enterprise', 'capacityLine', 'case'], source: 'import' });
        setStep(2);
        setStatus({ kind: 'saved', text: '报送包已汇总' });
      } else {
        setStatus({ kind: status.state === 'cancelled' ? 'info' : 'error', text: status.error?.message ?? '汇总未完成，台账未改动' });
      }
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  function confirmCommit() {
    if (!preview) return;
    const refused = preview.files.filter((f) => f.verdict === 'refused' || f.verdict === 'unreadable').length + files.filter((f) => f.state === 'refused' && !preview.files.some((p) => p.file === f.name)).length;
    if (refused === 0) return void commit();
    modal.confirm({
      title: '有拒收的文件',
      content: `${refused} 个文件已拒收，不会导入；其余各县的报送包将写入台账。确定导入吗？`,
      okText: '导入',
      cancelText: '取消',
      onOk: () => void commit(),
    });
  }

  function again() {
    closeSession();
    setFiles([]);
    setPreview(null);
    setResult(null);
    setStep(0);
  }

  return (
    <div className="import-wizard" data-testid="rollup-wizard">
      <Steps className="import-steps" size="small" current={step} status={step === 2 ? 'finish' : 'process'} items={[{ title: '选择报送包' }, { title: '预览' }, { title: '导入' }]} />
      {step === 0 && <RollupFilesStep files={files} loading={loading} onFile={addFile} onClear={again} onNext={() => void toPreview()} />}
      {step === 1 && preview && <RollupPreviewStep preview={preview} localRefusals={files.filter((f) => f.state === 'refused')} onBack={() => setStep(0)} onCommit={confirmCommit} />}
      {step === 2 && result && <RollupResultStep result={result} onShowBoard={onShowBoard} onShowEnterprises={onShowEnterprises} onAgain={again} />}
      {progress}
    </div>
  );
}
