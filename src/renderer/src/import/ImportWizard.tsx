import { App as AntApp, Steps } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ImportResult, type ImportView } from '../../../shared/contract/imports';
import type { PlanSummary } from '../../../shared/import/planTypes';
import type { Mapping } from '../../../shared/import/mapping';
import { api, errorMessage } from '../api';
import { setLeaveGuard } from '../common/leaveGuard';
import { useStatus } from '../common/status';
import { useJob } from '../common/useJob';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { readAsBase64 } from './readFile';
import { publish } from '../grid/rowBus';

interface Props {
  onShowEnterprises(): void;
  onShowHistory(): void;
}

/**
 * The import wizard:
 *   1. 选择文件 — the file is read in the page and parsed in main's import session; the
 *      detected header and skipped rows are shown, the header rows can be corrected;
 *   2. 对应列 — the proposed mapping (a saved profile for this header, else by column names),
 *      editable per column, with constants and profiles;
 *   3. 预览 — every row with its status and errors; a refused row's cells can be corrected in
 *      place (checked again at once), errors can be exported;
 *   4. 导入 — a job with progress and 取消 (a cancelled import changes nothing), then the result.
 * The session is closed when the wizard finishes, starts over or is left.
 */
export function ImportWizard({ onShowEnterprises, onShowHistory }: Props) {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const { run, modal: progress } = useJob();
  const [step, setStep] = useState(0);
  const [view, setView] = useState<ImportView | null>(null);
  const [mapping, setMapping] = useState<Mapping>({ fields: [] });
  const [plan, setPlan] = useState<PlanSummary | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const session = useRef<string | null>(null);

  const closeSession = useCallback(() => {
    const id = session.current;
    session.current = null;
    if (id) api.call('import:close', { sessionId: id }).catch(() => undefined);
  }, []);
  useEffect(() => closeSession, [closeSession]);
  // Between choosing a file and importing it, leaving 导入 would drop the sheet and the mapping.
  useEffect(
    () => setLeaveGuard(() => (view && step < 3 ? `「${view.file.fileName}」还没有导入，离开将放弃已选的文件和列的对应。` : null)),
    [view, step],
  );

  function show(v: ImportView) {
    session.current = v.sessionId;
    setView(v);
    setMapping(v.proposal?.mapping ?? { fields: [] });
    setPlan(null);
  }

  async function busy(text: string, work: () => Promise<void>) {
    setLoading(text);
    try {
      await work();
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    } finally {
      setLoading(null);
    }
  }

  const openFile = (file: File) =>
    busy(`正在读取「${file.name}」…`, async () => {
      const v = await api.call('import:parse', { fileName: file.name, base64: await readAsBase64(file) });
      closeSession();
      show(v);
      setResult(null);
      setStep(0);
      setStatus({ kind: 'info', text: `已读取「${file.name}」` });
    });

  const chooseSheet = (sheet: string, header?: { firstRow: number; lastRow: number } | null) =>
    busy('正在识别表头…', async () => {
      if (!view) return;
      show(await api.call('import:sheet', { sessionId: view.sessionId, sheet, ...(header === undefined ? {} : { header }) }));
    });

  const toPreview = () =>
    busy('正在逐行检查…', async () => {
      if (!view?.sheet) return;
      setPlan(await api.call('import:preview', { sessionId: view.sessionId, sheet: view.sheet, mapping }));
      setStep(2);
    });

  async function commit() {
    if (!view) return;
    try {
      const status = await run('正在导入', () => api.call('import:commit', { sessionId: view.sessionId }));
      if (status.state === 'done') {
        setResult(ImportResult.parse(status.result));
        // The grids stay mounted between screens: tell them their rows changed underneath.
        publish({ kind: 'reload', entities: ['enterprise', 'capacityLine', 'case'], source: 'import' });
        setStep(3);
        closeSession();
        setStatus({ kind: 'saved', text: `「${view.file.fileName}」导入完成` });
      } else {
        setStatus({ kind: status.state === 'cancelled' ? 'info' : 'error', text: status.error?.message ?? '导入未完成，台账未改动' });
      }
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  function confirmCommit() {
    if (!plan) return;
    const c = plan.counts;
    if (c.error === 0) return void commit();
    modal.confirm({
      title: '有错误行',
      content: `${c.error} 行有错误，将被跳过；其余新增 ${c.new} 行、更新 ${c.update} 行写入台账。确定导入吗？`,
      okText: '导入',
      cancelText: '取消',
      onOk: () => void commit(),
    });
  }

  function again() {
    closeSession();
    setView(null);
    setPlan(null);
    setResult(null);
    setMapping({ fields: [] });
    setStep(0);
  }

  const table = view?.file.sheets.find((s) => s.name === (plan?.sheetName ?? view.sheet))?.table ?? null;
  return (
    <div className="import-wizard">
      <Steps className="import-steps" size="small" current={step} status={step === 3 ? 'finish' : 'process'} items={[{ title: '选择文件' }, { title: '对应列' }, { title: '预览' }, { title: '导入' }]} />
      {step === 0 && <FileStep view={view} loading={loading} onFile={(f) => void openFile(f)} onSheet={(s) => void chooseSheet(s)} onHeader={(h) => view?.sheet && void chooseSheet(view.sheet, h)} onNext={() => setStep(1)} />}
      {step === 1 && view && <MappingStep view={view} mapping={mapping} loading={loading !== null} onChange={setMapping} onBack={() => setStep(0)} onNext={() => void toPreview()} />}
      {step === 2 && view && plan && table && <PreviewStep sessionId={view.sessionId} plan={plan} table={table} onBack={() => setStep(1)} onCommit={confirmCommit} onPlan={setPlan} />}
      {step === 3 && result && <ResultStep result={result} onShowEnterprises={onShowEnterprises} onShowHistory={onShowHistory} onAgain={again} />}
      {progress}
    </div>
  );
}
