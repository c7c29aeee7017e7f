import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { TaskRow } from '../../../shared/contract/tasks';
import { api, errorMessage } from '../api';

interface Props {
  open: boolean;
  year: number;
  departments: string[];
  sections: string[];
  onClose(): void;
  onCreated(row: TaskRow): void;
}

interface Values {
  section: string;
  category?: string;
  content: string;
  leadDepartments?: string[];
  cooperatingDepartments?: string[];
  completionText?: string;
}

/** 新增重点工作: the fields of one line of the plan; the date its completion text means is worked out by main. */
export function AddTaskDialog({ open, year, departments, sections, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const options = departments.map((d) => ({ value: d, label: d }));

  async function save() {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const { row } = await api.call('tasks:create', { draft: { ...values, year } });
      form.resetFields();
      setError(null);
      onCreated(row);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal open={open} title={`新增重点工作（${year}年）`} okText="保存" cancelText="取消" width={640} confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ section: sections[0] ?? '重点任务' }}>
        <Form.Item name="section" label="部分" rules={[{ required: true, message: '请填写部分，如 重点任务' }]}>
          <Select showSearch mode={undefined} options={[...new Set([...sections, '重点任务', '政策措施', '保障措施'])].map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="category" label="类别">
          <Input placeholder="如 强化环保执法；可不填" maxLength={100} />
        </Form.Item>
        <Form.Item name="content" label="主要内容" rules={[{ required: true, message: '请填写主要内容' }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="leadDepartments" label="牵头部门">
          <Select mode="tags" options={options} tokenSeparators={['、', '，', ',']} placeholder="选择或输入" />
        </Form.Item>
        <Form.Item name="cooperatingDepartments" label="配合部门">
          <Select mode="tags" options={options} tokenSeparators={['、', '，', ',']} placeholder="选择或输入" />
        </Form.Item>
        <Form.Item name="completionText" label="完成时间" extra="照文件原文填写，如 全年、4月底、10月30日前；软件会算出对应日期">
          <Input maxLength={100} />
        </Form.Item>
      </Form>
      {error && <div className="status-error">{error}</div>}
    </Modal>
  );
}
