import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { MilestoneRow } from '../../../shared/contract/milestones';
import { MILESTONE_KINDS } from '../../../shared/rules/milestones';
import { api, errorMessage } from '../api';

type Kind = (typeof MILESTONE_KINDS)[number];

/** 新增/编辑时间节点: the time as the plan words it (12月底, 次年1月底, 7月15日). */
export function MilestoneEditDialog({ open, year, editing, onClose, onSaved }: { open: boolean; year: number; editing: MilestoneRow | null; onClose(): void; onSaved(): void }) {
  const [v, setV] = useState({ name: '', kind: '其他' as Kind, due: '', owner: '', documentNumber: '', note: '' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    setV(
      editing
        ? { name: editing.name, kind: editing.kind as Kind, due: editing.dueText, owner: editing.owner ?? '', documentNumber: editing.documentNumber ?? '', note: editing.note ?? '' }
        : { name: '', kind: '其他', due: '', owner: '', documentNumber: '', note: '' },
    );
  }, [open, editing]);

  async function save() {
    try {
      await api.call('milestones:save', { ...(editing ? { id: editing.id } : {}), milestone: { year: editing?.year ?? year, ...v, sourceText: editing?.sourceText ?? null } });
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const field = (key: 'name' | 'due' | 'owner' | 'documentNumber' | 'note', label: string, placeholder?: string) => (
    <Form.Item label={label} required={key === 'name' || key === 'due'}>
      <Input aria-label={label} value={v[key]} placeholder={placeholder} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
    </Form.Item>
  );
  return (
    <Modal open={open} title={editing ? '编辑时间节点' : `新增${year}年度时间节点`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical">
        {field('name', '名称', '如：上报年度工作总结')}
        {field('due', '完成时间', '如：12月底、7月15日、次年1月底')}
        <Form.Item label="类别">
          <Select aria-label="类别" value={v.kind} onChange={(kind) => setV({ ...v, kind })} options={MILESTONE_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        {field('owner', '责任单位')}
        {field('documentNumber', '文号')}
        {field('note', '备注')}
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

/** 导入上级清单: lines pasted from Excel/WPS or a CSV's text; all lines or none. */
export function MilestoneImportDialog({ open, year, onClose, onImported }: { open: boolean; year: number; onClose(): void; onImported(message: string): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setText('');
      setError(null);
    }
  }, [open]);

  async function readFile(file: File) {
    const buffer = await file.arrayBuffer();
    // CSV saved by Chinese Windows is GB18030 unless it is valid UTF-8.
    try {
      setText(new TextDecoder('utf-8', { fatal: true }).decode(buffer));
    } catch {
      setText(new TextDecoder('gb18030').decode(buffer));
    }
  }

  async function submit() {
    try {
      const r = await api.call('milestones:importText', { year, text });
      onImported(`已导入 ${r.added} 个时间节点${r.skipped ? `，${r.skipped} 个已存在未重复导入` : ''}`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Modal open={open} title={`导入上级时间节点清单（${year}年度）`} okText="导入" cancelText="取消" onOk={() => void submit()} onCancel={onClose} width={720} destroyOnHidden>
      <p style={{ color: '#4b5563' }}>
        从 Excel/WPS 复制表格粘贴到下面，或选择 CSV 文件。每行一个时间节点，列依次为：名称、完成时间、责任单位、文号（有表头时按表头识别）。有任何一行无法识别时不导入。
      </p>
      <input type="file" accept=".csv,.txt" aria-label="选择CSV文件" onChange={(e) => e.target.files?.[0] && void readFile(e.target.files[0])} />
      <Input.TextArea aria-label="时间节点清单" rows={10} style={{ marginTop: 8, fontFamily: 'monospace' }} value={text} onChange={(e) => setText(e.target.value)} />
      {error && <Alert style={{ marginTop: 8, whiteSpace: 'pre-wrap' }} type="error" showIcon title={error} />}
    </Modal>
  );
}
