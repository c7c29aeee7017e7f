import { Alert, Button, Descriptions, Input, Select, Space, Table, Tag, Upload } from 'antd';
import { FileDoneOutlined, UploadOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import type { TemplateInfo } from '../../../shared/contract/templates';
import type { FieldMapping } from '../../../shared/import/mapping';
import { columnLetter } from '../../../shared/import/types';
import { templateOrderLabel, TEMPLATE_ORDERS, TEMPLATE_SOURCE_LABELS, TEMPLATE_SOURCES, TEMPLATE_TARGETS, type TemplateOrder, type TemplateSource } from '../../../shared/reports/templateFill';
import { countyColumnSource } from '../../../shared/entities/county';
import { api, errorMessage } from '../api';
import { useCityLedger } from '../common/ledgerLevel';
import { fileToBase64 } from '../common/files';
import { useStatus } from '../common/status';
import { useJob } from '../common/useJob';
import { PreviewTable } from './PreviewTable';
import { SavedFile } from './SavedFile';

type Preview = { columns: { key: string; title: string }[]; rows: Record<string, string | number | null>[]; total: number; warnings: string[] };

const TARGET_OPTIONS = [
  { label: '企业', options: TEMPLATE_TARGETS.filter((t) => t.key.startsWith('enterprise.')).map((t) => ({ value: t.key, label: t.label })) },
  { label: '设备（生产线）', options: TEMPLATE_TARGETS.filter((t) => t.key.startsWith('line.')).map((t) => ({ value: t.key, label: t.label })) },
  { label: '整改事项', options: TEMPLATE_TARGETS.filter((t) => t.key.startsWith('case.')).map((t) => ({ value: t.key, label: t.label })) },
];

/**
 * 按上级模板填报: choose the city's template → see where its table was found → map its columns
 * (proposed, or as mapped last time for the same header) → preview → fill and save.
 */
export function TemplateFillTab({ year }: { year: number }) {
  const { setStatus } = useStatus();
  const { run, modal } = useJob();
  const city = useCityLedger();
  const [info, setInfo] = useState<TemplateInfo | null>(null);
  const [targets, setTargets] = useState<Record<number, string | null>>({});
  const [source, setSource] = useState<TemplateSource>('planned');
  const [order, setOrder] = useState<TemplateOrder>('town');
  const [profileName, setProfileName] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ file: string; rows: number | null } | null>(null);

  // The template's title names the year it asks for (「聊城市2022年…」); the screen's year otherwise.
  const fillYear = info?.year ?? year;
  const county = new Set(info?.countyColumns ?? []);

  const mapping = useMemo(() => {
    const fields: FieldMapping[] = [];
    for (const [col, target] of Object.entries(targets)) if (target) fields.push({ target, column: Number(col) } as FieldMapping);
    // Units written in a header (产能（万吨）) stay as the proposal found them.
    for (const f of info?.mapping.fields ?? []) if ('constant' in f) fields.push(f);
    return { fields };
  }, [targets, info]);

  async function upload(file: File) {
    setError(null);
    setSaved(null);
    try {
      const next = await api.call('templates:inspect', { fileName: file.name, base64: await fileToBase64(file) });
      setInfo(next);
      setTargets(Object.fromEntries(next.columns.map((c) => [c.index, next.mapping.fields.find((f) => 'column' in f && f.column === c.index)?.target ?? null])));
      setSource(next.source);
      setProfileName(next.profileName ?? file.name.replace(/\.[^.]+$/, ''));
    } catch (err) {
      setInfo(null);
      setError(errorMessage(err));
    }
  }

  useEffect(() => {
    if (!info || mapping.fields.every((f) => !('column' in f))) {
      setPreview(null);
      return;
    }
    let live = true;
    api.call('templates:preview', { token: info.token, year: fillYear, source, mapping, order }).then(
      (p) => live && setPreview(p),
      (err) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [info, fillYear, source, mapping, order]);

  async function fill() {
    if (!info) return;
    try {
      let file = '';
      const status = await run('正在按模板填报', async () => {
        const started = await api.call('templates:fill', { token: info.token, year: fillYear, source, mapping, order, profileName });
        file = started.file;
        return started;
      });
      if (status.state === 'done') {
        setSaved({ file, rows: status.kind === 'template' ? (status.result?.rows ?? null) : null });
        setStatus({ kind: 'saved', text: `已按模板填报：${file}` });
      } else {
        setStatus({ kind: status.state === 'cancelled' ? 'info' : 'error', text: status.error?.message ?? '填报未完成' });
      }
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  const serial = new Set(info?.serialColumns ?? []);
  return (
    <div className="template-fill">
      <Space wrap>
        <Upload accept=".xlsx,.xls" maxCount={1} showUploadList={false} beforeUpload={(f) => (void upload(f), false)}>
          <Button icon={<UploadOutlined />}>选择上级模板（.xlsx / .xls）</Button>
        </Upload>
        {info && <span className="report-desc">{info.fileName}</span>}
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {info && (
        <>
          <Descriptions size="small" bordered column={3} style={{ marginTop: 12 }} data-testid="template-area">
            <Descriptions.Item label="工作表">{info.sheetName}</Descriptions.Item>
            <Descriptions.Item label="年度">{info.year ? `${info.year}年（取自模板标题）` : `${year}年`}</Descriptions.Item>
            <Descriptions.Item label="表头">第 {info.area.headerFirst}{info.area.headerLast > info.area.headerFirst ? `–${info.area.headerLast}` : ''} 行</Descriptions.Item>
            <Descriptions.Item label="数据从">第 {info.area.dataStart} 行起（模板留有 {info.area.templateRows} 行）</Descriptions.Item>
            <Descriptions.Item label="合计行">{info.area.totalRow ? `第 ${info.area.totalRow} 行（自动计算）` : '无'}</Descriptions.Item>
            <Descriptions.Item label="表下说明">{info.area.footnoteRows.length ? `第 ${info.area.footnoteRows.join('、')} 行，保持在数据之下` : '无'}</Descriptions.Item>
            <Descriptions.Item label="保存为">{info.format === 'xls' ? '.xlsx（由 .xls 转换，保留合并、列宽和文字）' : '.xlsx（保留模板样式）'}</Descriptions.Item>
          </Descriptions>
          <div className="template-options">
            <span>填报内容</span>
            <Select aria-label="填报内容" style={{ width: 280 }} value={source} onChange={setSource} options={TEMPLATE_SOURCES.map((s) => ({ value: s, label: TEMPLATE_SOURCE_LABELS[s] }))} />
            <Select aria-label="行的顺序" style={{ width: 140 }} value={order} onChange={setOrder} options={TEMPLATE_ORDERS.map((o) => ({ value: o, label: templateOrderLabel(o, city) }))} />
            <span>列对应方案名</span>
            <Input aria-label="列对应方案名" style={{ width: 220 }} value={profileName} onChange={(e) => setProfileName(e.target.value)} />
            {info.profileName && <Tag color="blue">已套用上次的列对应「{info.profileName}」</Tag>}
            <Button type="primary" icon={<FileDoneOutlined />} disabled={!preview || preview.total === 0} onClick={() => void fill()}>
              填报并保存
            </Button>
          </div>
          <div className="template-columns">
            <Table
              size="small"
              bordered
              pagination={false}
              rowKey="index"
              dataSource={[...info.serialColumns.map((index) => ({ index, letter: columnLetter(index), name: '序号' })), ...info.columns].sort((a, b) => a.index - b.index)}
              columns={[
                { title: '列', dataIndex: 'letter', width: 50 },
                { title: '模板列名', dataIndex: 'name', width: 260 },
                {
                  title: '填入台账中的',
                  render: (_: unknown, c: { index: number; name: string }) =>
                    serial.has(c.index) ? (
                      <span className="report-desc">序号（自动编号）</span>
                    ) : (
                      <Select
                        aria-label={`${c.name}填入`}
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={county.has(c.index) ? countyColumnSource(city) : '不填'}
                        style={{ width: 300 }}
                        value={targets[c.index] ?? undefined}
                        options={TARGET_OPTIONS}
                        onChange={(v: string | undefined) => setTargets((t) => ({ ...t, [c.index]: v ?? null }))}
                      />
                    ),
                },
              ]}
            />
          </div>
        </>
      )}
      {saved && <SavedFile file={saved.file} rows={saved.rows} onClose={() => setSaved(null)} />}
      {preview && (
        <>
          <div className="report-count">
            将填写 {preview.total} 行{preview.total > preview.rows.length ? `，预览前 ${preview.rows.length} 行` : ''}
          </div>
          {preview.warnings.length > 0 && <Alert type="warning" showIcon title="模板填报说明限定了可填的值" description={preview.warnings.map((w) => <div key={w}>{w}</div>)} style={{ marginBottom: 8 }} />}
          <PreviewTable columns={preview.columns} rows={preview.rows} emptyText={`${fillYear}年没有可填写的记录`} />
        </>
      )}
      {modal}
    </div>
  );
}
