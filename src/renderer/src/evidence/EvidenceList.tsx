import { Button, Empty, Popconfirm, Select, Space, Tag } from 'antd';
import { FileOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { EVIDENCE_CATEGORIES, EVIDENCE_MAX_BYTES, type EvidenceFile } from '../../../shared/contract/evidence';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { formatDateTime } from '../common/format';

type Owner = 'case' | 'capacityLine';
type Category = (typeof EVIDENCE_CATEGORIES)[number];

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`无法读取文件“${file.name}”`));
    reader.readAsDataURL(file);
  });
}

function Thumbnail({ file }: { file: EvidenceFile }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!file.isImage) return;
    let live = true;
    api.call('evidence:preview', { id: file.id }).then((r) => live && setSrc(r.dataUrl), () => {});
    return () => {
      live = false;
    };
  }, [file]);
  if (src) return <img src={src} alt={file.name} className="evidence-thumb" />;
  return (
    <div className="evidence-thumb evidence-thumb-file">
      <FileOutlined />
      <span>{file.type.toUpperCase()}</span>
    </div>
  );
}

/**
 * 佐证材料 of a case or a capacity line: 整改通知书, 复查记录, 验收意见, photos before, during
 * and after dismantling. Files are read here and sent to main, which checks and stores them.
 */
export function EvidenceList({ owner, ownerId, defaultCategory = '整改通知书' }: { owner: Owner; ownerId: number; defaultCategory?: Category }) {
  const { setStatus } = useStatus();
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const [category, setCategory] = useState<Category>(defaultCategory);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    try {
      setFiles(await api.call('evidence:list', { owner, ownerId }));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取佐证材料失败：${errorMessage(err)}` });
    }
  }, [owner, ownerId, setStatus]);

  useEffect(() => {
    void load();
  }, [load]);

  async function add(list: FileList | null) {
    if (!list?.length) return;
    setBusy(true);
    const failed: string[] = [];
    for (const file of Array.from(list)) {
      if (file.size > EVIDENCE_MAX_BYTES) {
        failed.push(`“${file.name}”超过 50 MB`);
        continue;
      }
      try {
        await api.call('evidence:add', { owner, ownerId, category, name: file.name, base64: await readBase64(file) });
      } catch (err) {
        failed.push(errorMessage(err));
      }
    }
    setBusy(false);
    if (input.current) input.current.value = '';
    setStatus(failed.length ? { kind: 'error', text: `部分文件未添加：${failed.join('；')}` } : { kind: 'saved', text: `已添加佐证材料（${category}）` });
    await load();
  }

  async function open(id: number) {
    try {
      await api.call('evidence:open', { id });
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  async function remove(id: number) {
    try {
      await api.call('evidence:remove', { id });
      setStatus({ kind: 'saved', text: '已移除该佐证材料（文件仍保留在数据文件夹中，备份可用）' });
      await load();
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  return (
    <div data-testid="evidence-list">
      <Space style={{ marginBottom: 8 }}>
        <Select<Category> aria-label="材料类别" value={category} onChange={setCategory} style={{ width: 150 }} options={EVIDENCE_CATEGORIES.map((c) => ({ value: c, label: c }))} />
        <Button icon={<PaperClipOutlined />} loading={busy} onClick={() => input.current?.click()}>
          添加文件…
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="选择佐证材料文件"
          accept=".jpg,.jpeg,.png,.gif,.webp,.bmp,.heic,.pdf,.ofd,.doc,.docx,.wps,.xls,.xlsx,.et"
          onChange={(e) => void add(e.target.files)}
        />
      </Space>
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无佐证材料" />
      ) : (
        <div className="evidence-grid">
          {files.map((f) => (
            <div key={f.id} className="evidence-item">
              <Thumbnail file={f} />
              <div className="evidence-meta">
                <div className="evidence-name" title={f.name}>
                  {f.name}
                </div>
                <div>
                  <Tag>{f.category}</Tag>
                  <span className="evidence-sub">{size(f.bytes)}</span>
                </div>
                <div className="evidence-sub">
                  {formatDateTime(f.createdAt)} · {f.operator}
                </div>
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => void open(f.id)}>
                    打开
                  </Button>
                  <Popconfirm title="移除这份材料？" description="只解除与本记录的关联，文件仍保留以备备份恢复。" okText="移除" cancelText="取消" onConfirm={() => void remove(f.id)}>
                    <Button size="small" type="link" danger>
                      移除
                    </Button>
                  </Popconfirm>
                </Space>
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
