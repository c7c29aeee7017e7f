import { Alert, Button, Card, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CalendarDayRow, CalendarYearSummary } from '../../../shared/contract/calendar';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { DayEntryForm } from './DayEntryForm';

const KIND_LABELS = { holiday: '放假', workday: '调休上班', ordinary: '按星期计（已撤销内置记录）' } as const;
const KIND_COLORS = { holiday: 'red', workday: 'blue', ordinary: 'default' } as const;

function YearStatus({ y }: { y: CalendarYearSummary }) {
  if (y.source === 'bundled') return <Tag color="green">内置</Tag>;
  if (y.source === 'user') return <Tag color="blue">已录入完整</Tag>;
  return <Tag color="orange">未录入</Tag>;
}

/**
 * 设置 → 节假日: the State Council's holidays and make-up working days the deadlines are
 * computed with. The user adds next year's notice when it is published (around November),
 * corrects a day, and marks a year complete; bundled days are never edited, only overlaid.
 */
export function CalendarSettings() {
  const { setStatus } = useStatus();
  const [years, setYears] = useState<CalendarYearSummary[]>([]);
  const [year, setYear] = useState<number | null>(null);
  const [days, setDays] = useState<CalendarDayRow[]>([]);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  const loadYears = useCallback(async () => {
    const list = await api.call('calendar:years', {});
    setYears(list);
    setYear((y) => y ?? list.find((r) => !r.covered)?.year ?? list[0]?.year ?? null);
  }, []);
  const loadDays = useCallback(async () => {
    if (year !== null) setDays(await api.call('calendar:days', { year }));
  }, [year]);

  useEffect(() => {
    loadYears().catch((err) => setStatus({ kind: 'error', text: errorMessage(err) }));
  }, [loadYears, setStatus]);
  useEffect(() => {
    setError(null);
    loadDays().catch((err) => setStatus({ kind: 'error', text: errorMessage(err) }));
  }, [loadDays, setStatus]);

  async function reload(message: string) {
    setStatus({ kind: 'saved', text: message });
    await Promise.all([loadYears(), loadDays()]);
  }

  async function setComplete(complete: boolean) {
    if (year === null) return;
    setError(null);
    try {
      await api.call('calendar:setYearComplete', { year, complete, ...(notice.trim() ? { notice: notice.trim() } : {}) });
      await reload(complete ? `${year}年节假日已标记为录入完整，期限落在${year}年的整改事项现可计算` : `已取消${year}年的完整标记`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function removeDay(date: string) {
    try {
      await api.call('calendar:removeDay', { date });
      await reload(`已删除 ${date} 的录入`);
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  const current = years.find((y) => y.year === year);
  return (
    <div className="calendar-settings" data-testid="calendar-settings">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="整改期限的最后一日遇法定节假日，或遇不是调休上班日的星期六、星期日，顺延至其后第一个工作日（民法典第二百零三条）。"
        description="软件内置2017年起国务院办公厅公布的放假安排。下一年的安排通常在11月前后公布：公布后请逐日录入（可整段粘贴），再点“标记为录入完整”。内置记录如有错误，可录入同一天加以更正。"
      />
      <div className="calendar-columns">
        <Card size="small" title="年度" className="calendar-years">
          <Table<CalendarYearSummary>
            size="small"
            rowKey="year"
            pagination={false}
            dataSource={years}
            rowClassName={(r) => (r.year === year ? 'row-selected' : '')}
            onRow={(r) => ({ onClick: () => setYear(r.year), style: { cursor: 'pointer' } })}
            columns={[
              { title: '年度', dataIndex: 'year', width: 70 },
              { title: '状态', key: 's', width: 100, render: (_: unknown, r) => <YearStatus y={r} /> },
              { title: '放假', dataIndex: 'holidays', align: 'right', width: 60 },
              { title: '调休', dataIndex: 'workdays', align: 'right', width: 60 },
              { title: '更正', dataIndex: 'userDays', align: 'right', width: 60 },
            ]}
          />
        </Card>
        {current && (
          <Card size="small" title={`${current.year}年放假安排`} className="calendar-days">
            <DayEntryForm year={current.year} onSaved={(n) => void reload(`已录入 ${n} 天`)} />
            <Space wrap style={{ margin: '8px 0' }}>
              {current.source === 'bundled' ? (
                <span style={{ color: '#6b7280' }}>本年度为内置数据（{current.notices.length ? '依据国务院办公厅通知' : '内置'}），可录入更正。</span>
              ) : current.source === 'user' ? (
                <Button onClick={() => void setComplete(false)}>取消“录入完整”标记</Button>
              ) : (
                <>
                  <Input aria-label="通知文号" placeholder="通知文号，如 国办发明电〔2026〕X号" style={{ width: 300 }} value={notice} onChange={(e) => setNotice(e.target.value)} />
                  <Button type="primary" onClick={() => void setComplete(true)}>
                    标记为录入完整
                  </Button>
                </>
              )}
            </Space>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
            <Table<CalendarDayRow>
              size="small"
              rowKey="date"
              dataSource={days}
              pagination={false}
              scroll={{ y: 420 }}
              locale={{ emptyText: `${current.year}年尚无放假安排记录` }}
              columns={[
                { title: '日期', dataIndex: 'date', width: 110 },
                { title: '星期', dataIndex: 'weekday', width: 70 },
                { title: '类型', dataIndex: 'kind', width: 190, render: (k: CalendarDayRow['kind']) => <Tag color={KIND_COLORS[k]}>{KIND_LABELS[k]}</Tag> },
                { title: '节日', dataIndex: 'name', width: 90 },
                {
                  title: '来源',
                  key: 'source',
                  render: (_: unknown, r) =>
                    r.source === 'bundled' ? '内置' : `用户录入${r.bundledKind ? `（内置为${KIND_LABELS[r.bundledKind]}${r.bundledName ? `·${r.bundledName}` : ''}）` : ''}${r.note ? `：${r.note}` : ''}`,
                },
                {
                  title: '',
                  key: 'op',
                  width: 70,
                  render: (_: unknown, r) =>
                    r.source === 'user' && (
                      <Popconfirm title={`删除 ${r.date} 的录入？`} okText="删除" cancelText="取消" onConfirm={() => void removeDay(r.date)}>
                        <Button size="small" type="link" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
