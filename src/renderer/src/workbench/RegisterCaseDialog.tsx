import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { DIMENSIONS, type Dimension } from '../../../shared/domain/dimensions';
import { CASE_SOURCES } from '../../../shared/entities/case';
import type { Enterprise } from '../../../shared/entities/enterprise';
import { api, errorMessage } from '../api';

interface Values {
  enterpriseId?: number;
  dimension?: Dimension;
  source?: string;
  description?: string;
}

/** 登记整改事项: a finding against an enterprise; the panel then takes its first step. */
export function RegisterCaseDialog({ open, onClose, onRegistered }: { open: boolean; onClose(): void; onRegistered(id: number): void }) {
  const [enterprises, setEnterprises] = useState<Enterprise[]>([]);
  const [values, setValues] = useState<Values>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setValues({ source: '排查摸底' });
    setError(null);
    api.call('enterprises:list', {}).then(setEnterprises, (err) => setError(errorMessage(err)));
  }, [open]);

  async function save() {
    if (!values.enterpriseId) return setError('请选择企业');
    if (!values.dimension) return setError('请选择维度');
    setBusy(true);
    try {
      const { id } = await api.call('cases:register', {
        enterpriseId: values.enterpriseId,
        dimension: values.dimension,
        source: values.source ?? null,
        description: values.description ?? null,
      });
      onRegistered(id);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title="登记整改事项" okText="登记" cancelText="取消" confirmLoading={busy} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label="企业" required>
          <Select
            aria-label="企业"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="输入企业名称查找"
            value={values.enterpriseId}
            onChange={(enterpriseId) => setValues({ ...values, enterpriseId })}
            options={enterprises.map((e) => ({ value: e.id, label: e.town ? `${e.name}（${e.town}）` : e.name }))}
          />
        </Form.Item>
        <Form.Item label="维度" required>
          <Select aria-label="维度" value={values.dimension} onChange={(dimension) => setValues({ ...values, dimension })} options={DIMENSIONS.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
        <Form.Item label="问题来源">
          <Select aria-label="问题来源" value={values.source} onChange={(source) => setValues({ ...values, source })} options={CASE_SOURCES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item label="问题描述">
          <Input.TextArea aria-label="问题描述" rows={3} maxLength={2000} value={values.description} onChange={(e) => setValues({ ...values, description: e.target.value })} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
