import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { parseHolidayLines } from '../../../shared/calendar/holidayText';
import { api, errorMessage } from '../api';

const PLACEHOLDER = (year: number) =>
  `每行一段，如：\n${year}-01-01 元旦\n${year}年2月6日至2月12日 春节 放假\n${year}-02-14 春节 上班`;

/** Typing or pasting a notice's days: ranges expand, 上班 marks a 调休上班日. */
export function DayEntryForm({ year, onSaved }: { year: number; onSaved(count: number): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setError(null);
    const parsed = parseHolidayLines(text);
    if (!parsed.ok) return setError(parsed.errors.join('\n'));
    if (parsed.days.length === 0) return setError('请先填写日期和节日名称');
    try {
      await api.call('calendar:setDays', { days: parsed.days });
      setText('');
      onSaved(parsed.days.length);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function withdraw() {
    const date = text.trim();
    setError(null);
    try {
      await api.call('calendar:setDays', { days: [{ kind: 'ordinary', date, note: '撤销错误的内置记录' }] });
      setText('');
      onSaved(1);
    } catch (err) {
      setError(`请只填写一个日期（如 ${year}-10-08），再点“按星期计”：${errorMessage(err)}`);
    }
  }

  return (
    <div>
      <Input.TextArea aria-label="录入放假安排" rows={3} placeholder={PLACEHOLDER(year)} value={text} onChange={(e) => setText(e.target.value)} />
      <Space style={{ marginTop: 6 }}>
        <Button type="primary" onClick={() => void save()}>
          录入
        </Button>
        <Button onClick={() => void withdraw()}>按星期计（撤销该日内置记录）</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 6, whiteSpace: 'pre-wrap' }} />}
    </div>
  );
}
