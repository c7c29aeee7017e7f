import { Alert, AutoComplete, Button, Checkbox, Modal, Radio, Select, Space, Table, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import type { AdoptionPreview } from '../../../shared/contract/tasks';
import { describeYearShift } from '../../../shared/reports/planYear';
import { api, errorMessage } from '../api';
import { fileToBase64 } from '../common/files';

interface Props {
  open: boolean;
  year: number;
  departments: string[];
  hasTasks: boolean;
  onClose(): void;
  onAdopted(count: number): void;
}

type Preset = { id: string; title: string; source: string; year: number; count: number };

/**
 * 采用上级方案: a bundled plan from the work plans of docs/domain.md, or the city's task table as a file; then every
 * department it names is mapped to the county's (市经信委 → 县工信局). Mappings are remembered.
 */
export function AdoptPlanDialog({ open, year, departments, hasTasks, onClose, onAdopted }: Props) {
  const [presets, setPresets] = useState<Preset[]>([]);
  const [from, setFrom] = useState<'preset' | 'file'>('preset');
  const [preset, setPreset] = useState<string | undefined>();
  const [preview, setPreview] = useState<AdoptionPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [replace, setReplace] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [adopting, setAdopting] = useState(false);

  useEffect(() => {
    if (open) api.call('tasks:presets', {}).then(setPresets, (err) => setError(errorMessage(err)));
  }, [open]);

  function show(p: AdoptionPreview) {
    setPreview(p);
    setMapping(Object.fromEntries(p.departments.map((d) => [d.source, d.proposed])));
    setError(null);
  }

  async function load(request: InputOf<'tasks:previewAdoption'>) {
    setReading(true);
    try {
      show(await api.call('tasks:previewAdoption', request));
    } catch (err) {
      setPreview(null);
      setError(errorMessage(err));
    } finally {
      setReading(false);
    }
  }

  async function adopt() {
    if (!preview) return;
    setAdopting(true);
    try {
      const r = await api.call('tasks:adopt', { year, tasks: preview.tasks, mapping, replace });
      onAdopted(r.count);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setAdopting(false);
    }
  }

  const derived = preview ? preview.tasks.flatMap((t, i) => (t.leadDerived ? [`第${i + 1}项`] : [])) : [];

  return (
    <Modal
      open={open}
      title={`采用上级方案（${year}年重点工作）`}
      width={820}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="ok" type="primary" disabled={!preview || reading} loading={adopting} onClick={() => void adopt()}>
          采用 {preview ? `${preview.tasks.length} 项` : ''}
        </Button>,
      ]}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Radio.Group value={from} onChange={(e) => setFrom(e.target.value as 'preset' | 'file')}>
          <Radio.Button value="preset">预置方案</Radio.Button>
          <Radio.Button value="file">上级发来的表格</Radio.Button>
        </Radio.Group>
        {from === 'preset' ? (
          <Select
            aria-label="预置方案"
            style={{ width: '100%' }}
            placeholder="选择一份上级工作方案"
            value={preset}
            loading={reading}
            options={presets.map((p) => ({ value: p.id, label: `${p.source.split(/[《（(]/)[0]}：${p.title}（${p.year}年，${p.count}项）` }))}
            onChange={(id: string) => {
              setPreset(id);
              void load({ preset: id, year });
            }}
          />
        ) : (
          <Upload
            accept=".xlsx,.xls"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void fileToBase64(file).then((base64) => load({ fileName: file.name, base64, year }));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={reading}>选择重点工作表（.xlsx / .xls）</Button>
          </Upload>
        )}
        {error && <Alert type="error" showIcon title={error} />}
        {preview && (
          <>
            <div>
              「{preview.title}」共 {preview.tasks.length} 项{preview.skipped ? `（${preview.skipped} 行没有工作内容，已跳过）` : ''}。请核对部门对应：
            </div>
            {preview.yearShift && preview.yearShift.from !== preview.yearShift.to && <Alert type="info" showIcon title={describeYearShift(preview.yearShift)} />}
            {derived.length > 0 && <Alert type="warning" showIcon title={`${derived.join('、')}原表未列牵头部门，已按方案正文所列部门填写，请核对。`} />}
            <Table
              size="small"
              rowKey="source"
              pagination={false}
              scroll={{ y: 300 }}
              dataSource={preview.departments}
              columns={[
                { title: '上级方案中的部门', dataIndex: 'source', width: 260 },
                {
                  title: '本县对应部门',
                  dataIndex: 'proposed',
                  render: (_: unknown, d) => (
                    <Space>
                      <AutoComplete
                        aria-label={`${d.source}对应的本县部门`}
                        style={{ width: 240 }}
                        value={mapping[d.source] ?? ''}
                        options={departments.map((x) => ({ value: x }))}
                        onChange={(v: string) => setMapping((m) => ({ ...m, [d.source]: v }))}
                      />
                      {d.remembered && <Tag color="blue">上次的对应</Tag>}
                      {d.unmatched && !d.remembered && mapping[d.source] === d.source && <Tag color="orange">本县无对应部门，照原文</Tag>}
                    </Space>
                  ),
                },
              ]}
            />
            {hasTasks && (
              <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
                替换本年度已有的重点工作（原有的移入回收站）
              </Checkbox>
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
