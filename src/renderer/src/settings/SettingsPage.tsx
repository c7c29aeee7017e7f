import { App as AntApp, Button, Card, Form, Input, InputNumber, Select, Space, Tabs } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/app';
import { ENV_CREDIT_PRESETS, OPTION_LIST_KEYS, OPTION_LIST_LABELS, type OptionListKey, type OptionLists } from '../../../shared/schemas/optionLists';
import { LEDGER_LEVELS, SETTINGS_LABELS, type LedgerLevel } from '../../../shared/schemas/settings';
import { api, errorMessage } from '../api';
import { StatusBar } from '../common/StatusBar';
import { useStatus } from '../common/status';
import { setOptionLists, useOptionLists } from '../grid/options';
import { workflowSettingsTabs } from '../workbench/workflowSettingsTabs';

interface Props {
  info: AppInfo | null;
  onSaved(): void;
}

const HINTS: Partial<Record<OptionListKey, string>> = {
  towns: '本县的乡镇（街道），如：城关镇、柳林镇、经济开发区',
  envCredits: '各省等级不同，可先选一个省份的口径再修改',
  departments: '牵头部门、行业主管部门的选项',
};

const toText = (list: readonly string[]) => list.join('\n');
const toList = (text: string) => text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);

/** 设置: the county, 本级 (县 or 市), the year, who is working, the lists the grids offer, then the workflow's tabs. */
/** The counties whose packages or templates a city ledger holds (its 报送情况 board's received rows). */
async function heldCounties(): Promise<string[]> {
  try {
    return (await api.call('packages:board', {})).counties.filter((c) => c.receivedAt).map((c) => c.county);
  } catch {
    return [];
  }
}

export function SettingsPage({ info, onSaved }: Props) {
  const { setStatus } = useStatus();
  const { modal } = AntApp.useApp();
  const lists = useOptionLists();
  const [form] = Form.useForm<{ countyName: string; level: LedgerLevel; year: number; operatorName: string }>();
  const [texts, setTexts] = useState<Record<OptionListKey, string>>(() => textsOf(lists));
  const [saving, setSaving] = useState(false);

  useEffect(() => setTexts(textsOf(lists)), [lists]);
  useEffect(() => {
    if (info) form.setFieldsValue(info.settings);
  }, [info, form]);

  /**
   * 市 → 县 keeps the counties' rows but stops telling them apart: the grids lose the county
   * column and a 报送包 carries only the ledger's own rows. Asked first, naming the counties.
   */
  async function confirmLeavingCity(): Promise<boolean> {
    const counties = await heldCounties();
    if (counties.length === 0) return true;
    const named = counties.slice(0, 6).join('、') + (counties.length > 6 ? ` 等 ${counties.length} 个` : '');
    return modal.confirm({
      title: '改为县级台账？',
      content: `本台账存有 ${named}汇总来的数据。改为「县」后这些数据仍保留，但表格不再显示县（市、区）列，报送情况不再显示，导出的报送包只含本级自己的数据。需要时可再改回「市」。`,
      okText: '改为县级',
      cancelText: '取消',
    });
  }

  async function saveBasics() {
    const values = await form.validateFields();
    if (info?.settings.level === '市' && values.level === '县' && !(await confirmLeavingCity())) return;
    setSaving(true);
    try {
      await api.call('settings:update', values);
      onSaved();
      setStatus({ kind: 'saved', text: '已保存基本设置' });
    } catch (err) {
      setStatus({ kind: 'error', text: `基本设置未保存：${errorMessage(err)}` });
    } finally {
      setSaving(false);
    }
  }

  async function saveLists() {
    setSaving(true);
    try {
      const patch = Object.fromEntries(OPTION_LIST_KEYS.map((k) => [k, toList(texts[k])])) as OptionLists;
      setOptionLists(await api.call('settings:updateLists', patch));
      setStatus({ kind: 'saved', text: '已保存选项列表；表格中的下拉选项已更新' });
    } catch (err) {
      setStatus({ kind: 'error', text: `选项列表未保存：${errorMessage(err)}` });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>设置</h2>
      </div>
      <Tabs
        className="settings-tabs"
        items={[
          {
            key: 'basic',
            label: '基本设置与下拉选项',
            children: (
      <div className="settings-body">
        <Card title="基本设置" size="small" extra={<Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void saveBasics()}>保存</Button>}>
          <Form form={form} layout="inline">
            <Form.Item name="countyName" label={SETTINGS_LABELS.countyName}>
              <Input maxLength={50} placeholder="如：某某县" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="level" label={SETTINGS_LABELS.level} tooltip="县：本县自己的台账，向市里报送报送包；市：汇总各县的报送包，查看报送情况">
              <Select aria-label={SETTINGS_LABELS.level} style={{ width: 80 }} options={LEDGER_LEVELS.map((l) => ({ value: l, label: l }))} />
            </Form.Item>
            <Form.Item name="year" label={SETTINGS_LABELS.year} rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name="operatorName" label={SETTINGS_LABELS.operatorName}>
              <Input maxLength={50} placeholder="记录在操作日志中" style={{ width: 160 }} />
            </Form.Item>
          </Form>
        </Card>
        <Card
          title="下拉选项（每行一项）"
          size="small"
          extra={<Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void saveLists()} data-testid="save-lists">保存选项</Button>}
        >
          <div className="settings-lists">
            {OPTION_LIST_KEYS.map((key) => (
              <div key={key} className="settings-list">
                <Space className="settings-list-head">
                  <strong>{OPTION_LIST_LABELS[key]}</strong>
                  <span className="muted">{toList(texts[key]).length} 项</span>
                  {key === 'envCredits' && (
                    <Select
                      size="small"
                      placeholder="按省份口径填入"
                      style={{ width: 140 }}
                      options={Object.keys(ENV_CREDIT_PRESETS).map((p) => ({ value: p, label: `${p}：${ENV_CREDIT_PRESETS[p]!.join('/')}` }))}
                      onChange={(p: string) => setTexts((t) => ({ ...t, envCredits: toText(ENV_CREDIT_PRESETS[p] ?? []) }))}
                    />
                  )}
                </Space>
                <Input.TextArea
                  aria-label={OPTION_LIST_LABELS[key]}
                  value={texts[key]}
                  autoSize={{ minRows: 4, maxRows: 10 }}
                  placeholder={HINTS[key] ?? '每行一项'}
                  onChange={(e) => setTexts((t) => ({ ...t, [key]: e.target.value }))}
                />
              </div>
            ))}
          </div>
        </Card>
      </div>
            ),
          },
          ...workflowSettingsTabs(),
        ]}
      />
      <StatusBar />
    </div>
  );
}

function textsOf(lists: OptionLists): Record<OptionListKey, string> {
  return Object.fromEntries(OPTION_LIST_KEYS.map((k) => [k, toText(lists[k])])) as Record<OptionListKey, string>;
}
