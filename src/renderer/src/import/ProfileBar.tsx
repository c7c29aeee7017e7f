import { App as AntApp, Button, Input, Modal, Select, Space } from 'antd';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import type { ImportProfile, ImportView } from '../../../shared/contract/imports';
import type { Mapping } from '../../../shared/import/mapping';
import { applyProfile } from '../../../shared/import/wizard';
import { api, errorMessage } from '../api';
import { formatDateTime } from '../common/format';
import { useStatus } from '../common/status';

interface Props {
  view: ImportView;
  mapping: Mapping;
  canSave: boolean;
  onApply(mapping: Mapping): void;
}

/**
 * Saved mappings (方案): apply one made for another file — its columns are found again by
 * header text — or save this one under a name, to be proposed automatically the next time a
 * file with the same header is imported.
 */
export function ProfileBar({ view, mapping, canSave, onApply }: Props) {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const [profiles, setProfiles] = useState<ImportProfile[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const columns = view.file.sheets.find((s) => s.name === view.sheet)?.table?.columns ?? [];

  const load = useCallback(async () => {
    try {
      setProfiles(await api.call('import:profiles', {}));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取导入方案失败：${errorMessage(err)}` });
    }
  }, [setStatus]);
  useEffect(() => {
    void load();
  }, [load]);

  function apply(signature: string) {
    const p = profiles.find((x) => x.signature === signature);
    if (!p) return;
    setPicked(signature);
    const applied = applyProfile(p, columns);
    onApply(applied.mapping);
    setStatus(
      applied.missing.length
        ? { kind: 'warning', text: `已套用方案「${p.name}」；方案中的列${applied.missing.map((m) => `「${m}」`).join('、')}在此文件中没有，已跳过` }
        : { kind: 'saved', text: `已套用方案「${p.name}」` },
    );
  }

  async function save() {
    if (!name || !view.sheet) return;
    try {
      await api.call('import:saveProfile', { sessionId: view.sessionId, sheet: view.sheet, name, mapping });
      setStatus({ kind: 'saved', text: `已保存方案「${name.trim()}」；以后导入相同表头的文件时会自动套用` });
      setName(null);
      await load();
    } catch (err) {
      setStatus({ kind: 'error', text: `保存方案失败：${errorMessage(err)}` });
    }
  }

  function remove(p: ImportProfile) {
    modal.confirm({
      title: '删除导入方案',
      content: `确定删除方案「${p.name}」吗？已导入的数据不受影响。`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.call('import:deleteProfile', { signature: p.signature });
          setPicked(null);
          setStatus({ kind: 'saved', text: `已删除方案「${p.name}」` });
          await load();
        } catch (err) {
          setStatus({ kind: 'error', text: `删除方案失败：${errorMessage(err)}` });
        }
      },
    });
  }

  const current = profiles.find((p) => p.signature === picked);
  const defaultName = view.proposal?.profileName ?? view.file.fileName.replace(/\.[^.]*$/, '');
  return (
    <Space className="profile-bar" wrap>
      <span>套用方案：</span>
      <Select
        aria-label="套用方案"
        size="small"
        style={{ width: 280 }}
        placeholder={profiles.length ? '选择已保存的方案' : '还没有保存的方案'}
        disabled={profiles.length === 0}
        value={picked ?? undefined}
        onChange={apply}
        options={profiles.map((p) => ({ value: p.signature, label: `${p.name}（${formatDateTime(p.updatedAt).slice(0, 10)}，${p.columns.length} 列）` }))}
      />
      {current && (
        <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(current)}>
          删除此方案
        </Button>
      )}
      <Button size="small" icon={<SaveOutlined />} disabled={!canSave} onClick={() => setName(defaultName)}>
        保存为方案…
      </Button>
      <Modal title="保存为方案" open={name !== null} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={() => setName(null)} okButtonProps={{ disabled: !name?.trim() }}>
        <p>以后导入表头相同的文件时，会自动按这个方案对应各列。</p>
        <Input aria-label="方案名称" maxLength={50} value={name ?? ''} onChange={(e) => setName(e.target.value)} placeholder="如：市局季度调度表" />
      </Modal>
    </Space>
  );
}
