import { Modal, Table } from 'antd';
import { SHORTCUT_GROUPS, type Shortcut } from './shortcuts';
import './help.css';

/** 快捷键 (F1): every key of the app on one page. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Modal open={open} onCancel={onClose} footer={null} title="快捷键" width={720} destroyOnHidden>
      <div data-testid="shortcuts" className="shortcuts">
        {SHORTCUT_GROUPS.map((g) => (
          <ShortcutTable key={g.title} title={g.title} items={g.items} />
        ))}
      </div>
    </Modal>
  );
}

export function ShortcutTable({ title, items }: { title: string; items: readonly Shortcut[] }) {
  return (
    <Table<Shortcut>
      size="small"
      rowKey="keys"
      pagination={false}
      title={() => <strong>{title}</strong>}
      dataSource={[...items]}
      columns={[
        { title: '按键', dataIndex: 'keys', width: 240, render: (k: string) => <kbd>{k}</kbd> },
        { title: '作用', dataIndex: 'does' },
      ]}
    />
  );
}
