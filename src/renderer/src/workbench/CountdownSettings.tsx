import { Alert, Button, Form, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';

/** 设置 → 倒计时提醒: the day counts of the 'soon' and 'near' bands (15 and 30 by default). */
export function CountdownSettings() {
  const { setStatus } = useStatus();
  const [soon, setSoon] = useState(15);
  const [near, setNear] = useState(30);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('countdown:settings', {}).then((t) => {
      setSoon(t.soon);
      setNear(t.near);
    }, () => {});
  }, []);
  async function save() {
    try {
      const t = await api.call('countdown:updateSettings', { soon, near });
      setError(null);
      setStatus({ kind: 'saved', text: `已保存：${t.soon}天内为临近到期（橙色），${t.near}天内为即将到期（黄色）` });
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <Form layout="inline" style={{ rowGap: 8 }}>
      <Form.Item label="临近到期（橙色）">
        <Space.Compact>
          <InputNumber aria-label="临近到期天数" min={0} max={365} precision={0} value={soon} onChange={(n) => setSoon(n ?? 0)} />
          <Button disabled>天内</Button>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="即将到期（黄色）">
        <Space.Compact>
          <InputNumber aria-label="即将到期天数" min={0} max={365} precision={0} value={near} onChange={(n) => setNear(n ?? 0)} />
          <Button disabled>天内</Button>
        </Space.Compact>
      </Form.Item>
      <Button type="primary" onClick={() => void save()}>
        保存
      </Button>
      {error && <Alert type="error" showIcon title={error} />}
    </Form>
  );
}
