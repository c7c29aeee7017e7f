import { App as AntApp, Button, Card, Space, Table, Tag } from 'antd';
import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RuleSetRecord, RuleSetSummary } from '../../../shared/contract/rules';
import type { RuleSet } from '../../../shared/rules/ruleSet';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { RuleSetEditor } from './RuleSetEditor';

/**
 * 设置 → 规则集: the national default and provinces' variants. One is active for the ledger;
 * a set is edited here, or exported to a file and imported on another county's PC.
 */
export function RuleSetSettings() {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const [list, setList] = useState<RuleSetSummary[]>([]);
  const [selected, setSelected] = useState<RuleSetRecord | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const load = useCallback(async (id?: number) => {
    const sets = await api.call('rules:list', {});
    setList(sets);
    const pick = id ?? sets.find((s) => s.active)?.id;
    if (pick !== undefined) setSelected(await api.call('rules:get', { id: pick }));
  }, []);

  useEffect(() => {
    load().catch((err) => setStatus({ kind: 'error', text: errorMessage(err) }));
  }, [load, setStatus]);

  const run = async (what: () => Promise<RuleSetRecord | void>, message: string) => {
    try {
      const r = await what();
      await load(r ? r.id : selected?.id);
      setStatus({ kind: 'saved', text: message });
      return null;
    } catch (err) {
      return errorMessage(err);
    }
  };

  async function importFile(f: File | undefined) {
    if (!f) return;
    const text = await f.text();
    if (file.current) file.current.value = '';
    const error = await run(() => api.call('rules:import', { text }), `已导入规则集“${f.name}”；如需按其办理，请点“启用”`);
    if (error) modal.error({ title: '无法导入规则集', content: <div style={{ whiteSpace: 'pre-wrap' }}>{error}</div>, width: 640 });
  }

  async function exportSet(id: number) {
    try {
      const { file: path } = await api.call('rules:export', { id });
      if (path) setStatus({ kind: 'saved', text: `已导出到 ${path}` });
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  const act = (p: Promise<string | null>) => p.then((e) => e && setStatus({ kind: 'error', text: e }));
  return (
    <div data-testid="rule-set-settings">
      <Space style={{ marginBottom: 8 }}>
        <Button icon={<ImportOutlined />} onClick={() => file.current?.click()}>
          导入规则集文件…
        </Button>
        <input ref={file} type="file" accept=".json" hidden aria-label="选择规则集文件" onChange={(e) => void importFile(e.target.files?.[0])} />
      </Space>
      <Table<RuleSetSummary>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={list}
        rowClassName={(r) => (r.id === selected?.id ? 'row-selected' : '')}
        onRow={(r) => ({ onClick: () => void load(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '名称', dataIndex: 'name', render: (n: string, r) => <Space>{n}{r.builtin && <Tag>内置</Tag>}{r.active && <Tag color="green">当前使用</Tag>}</Space> },
          { title: '适用地区', dataIndex: 'region', width: 120 },
          { title: '版本', dataIndex: 'version', width: 90 },
          {
            title: '',
            key: 'op',
            width: 200,
            render: (_: unknown, r) => (
              <Space size={0} onClick={(e) => e.stopPropagation()}>
                {!r.active && <Button size="small" type="link" onClick={() => void act(run(() => api.call('rules:activate', { id: r.id }), `已启用“${r.name}”，此后的办理步骤按其规则检查`))}>启用</Button>}
                <Button size="small" type="link" icon={<ExportOutlined />} onClick={() => void exportSet(r.id)}>导出</Button>
                {!r.builtin && !r.active && <Button size="small" type="link" danger onClick={() => void act(run(async () => void (await api.call('rules:delete', { id: r.id })), '已删除规则集'))}>删除</Button>}
              </Space>
            ),
          },
        ]}
      />
      {selected && (
        <Card size="small" title={`编辑：${selected.name}`} style={{ marginTop: 12 }}>
          <RuleSetEditor
            ruleSet={selected.ruleSet}
            builtin={selected.builtin}
            onSave={(r: RuleSet) => run(() => api.call('rules:save', { id: selected.id, ruleSet: r }), '已保存规则集')}
            onSaveAs={(r: RuleSet) => run(() => api.call('rules:save', { ruleSet: { ...r, name: r.name === selected.name ? `${r.name}（副本）` : r.name } }), '已另存为新规则集')}
            onRestore={() => void act(run(() => api.call('rules:restoreDefault', {}), '已恢复为内置的国家默认规则集'))}
          />
        </Card>
      )}
    </div>
  );
}
