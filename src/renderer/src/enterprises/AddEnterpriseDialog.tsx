import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { Enterprise } from '../../../shared/schemas/enterprise';
import { api, ApiError } from '../api';

interface Props {
  open: boolean;
  onClose(): void;
  onCreated(row: Enterprise, warnings: string[]): void;
}

type Values = {
  name: string;
  uscc?: string;
  town?: string;
  industry?: string;
};

/** 新增企业: the name is enough to start; everything else can be filled in the grid. */
export function AddEnterpriseDialog({ open, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  async function submit() {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const { row, warnings } = await api.call('enterprises:create', { draft: values });
      form.resetFields();
      onCreated(row, warnings);
    } catch (err) {
      const field = err instanceof ApiError ? err.info.field : undefined;
      const message = err instanceof Error ? err.message : String(err);
      form.setFields([{ name: (field as keyof Values) ?? 'name', errors: [message] }]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal title="新增企业" open={open} onOk={submit} onCancel={onClose} okText="保存" cancelText="取消" confirmLoading={saving} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label="企业名称" rules={[{ required: true, whitespace: true, message: '请填写企业名称' }]}>
          <Input autoFocus maxLength={200} placeholder="与营业执照一致的企业全称" />
        </Form.Item>
        <Form.Item name="uscc" label="统一社会信用代码" extra="18位，字母不分大小写，空格会自动去除">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="town" label="乡镇（街道）">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="industry" label="行业">
          <Input maxLength={50} placeholder="如：钢铁、水泥、铸造" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
