import { Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Settings } from '../../../shared/schemas/settings';
import { SETTINGS_LABELS } from '../../../shared/schemas/settings';
import { api, errorMessage } from '../api';
import './help.css';

interface Props {
  settings: Settings;
  /** After the settings are saved: where the user chose to begin. */
  onStart(next: 'import' | 'tasks'): void;
}

/**
 * The first day: a new ledger (no county name yet) opens on this card above 工作台. It asks the
 * three settings every report and list carries, then starts from the county's own sheets or
 * from the higher-level work plan.
 */
export function FirstRunCard({ settings, onStart }: Props) {
  const [form] = Form.useForm<Settings>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(next: 'import' | 'tasks') {
    let values: Settings;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await api.call('settings:update', { countyName: values.countyName.trim(), year: values.year, operatorName: values.operatorName.trim() });
      onStart(next);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  const required = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }];
  return (
    <Card className="first-run" data-testid="first-run" title="欢迎使用落后产能退出台账" size="small">
      <Typography.Paragraph>先填写本县的名称、工作年度和您的姓名：报表、名单和操作日志都会用到。以后可在「设置」中修改。</Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={settings} requiredMark={false}>
        <Form.Item name="countyName" label="县名" rules={required('县（市、区）名称')}>
          <Input placeholder="如：阳谷县" maxLength={50} style={{ width: 180 }} aria-label={SETTINGS_LABELS.countyName} />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} aria-label={SETTINGS_LABELS.year} />
        </Form.Item>
        <Form.Item name="operatorName" label="操作人" rules={required('操作人')}>
          <Input placeholder="您的姓名" maxLength={50} style={{ width: 140 }} aria-label={SETTINGS_LABELS.operatorName} />
        </Form.Item>
      </Form>
      {error && <div className="status-error">保存失败：{error}</div>}
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" loading={saving} onClick={() => void start('import')}>
          导入已有台账
        </Button>
        <Button loading={saving} onClick={() => void start('tasks')}>
          从上级方案开始
        </Button>
        <Typography.Text type="secondary">已有 Excel/WPS 台账的选前者；还没有台账的，从上级工作方案生成本县的重点工作。</Typography.Text>
      </Space>
    </Card>
  );
}
