import { Alert, Button, Select, Space, Table, Tag } from 'antd';
import { useMemo } from 'react';
import type { ImportView } from '../../../shared/contract/imports';
import { checkMapping, type FieldMapping, type Mapping } from '../../../shared/import/mapping';
import { targetLabel, type TargetKey } from '../../../shared/import/targets';
import { displayCell, sampleRowNumbers } from '../../../shared/import/wizard';
import { ConstantFields } from './ConstantFields';
import { ProfileBar } from './ProfileBar';
import { SKIP, TARGET_OPTIONS, selectedLabel } from './targetOptions';

interface Props {
  view: ImportView;
  mapping: Mapping;
  loading: boolean;
  onChange(mapping: Mapping): void;
  onBack(): void;
  onNext(): void;
}

const HOW = { exact: '按列名', partial: '近似', context: '按上下文' } as const;

/** Problems that stop the preview: the engine's own check plus empty constants. */
export function mappingProblems(mapping: Mapping, columns: Parameters<typeof checkMapping>[1]): string[] {
  const empty = mapping.fields.filter((f) => 'constant' in f && f.constant.trim() === '').map((f) => `「${targetLabel(f.target)}」的固定值为空，请填写或删除`);
  return [...empty, ...checkMapping(mapping, columns)];
}

/** Step 2 对应列: each source column to a field (or 跳过), constants, saved profiles. */
export function MappingStep({ view, mapping, loading, onChange, onBack, onNext }: Props) {
  const sheet = view.file.sheets.find((s) => s.name === view.sheet)!;
  const table = sheet.table!;
  const proposal = view.proposal;
  const byColumn = new Map(mapping.fields.flatMap((f) => ('column' in f ? [[f.column, f.target] as const] : [])));
  const proposed = new Map(proposal?.columns.map((c) => [c.index, c]) ?? []);
  const samples = useMemo(() => sampleRowNumbers(sheet.head, table), [sheet, table]);
  const problems = mappingProblems(mapping, table.columns);

  function setColumn(index: number, target: TargetKey | null) {
    // A field comes from one place: choosing it here takes it from another column or constant.
    const fields = mapping.fields.filter((f) => !('column' in f && f.column === index) && f.target !== target);
    if (target) fields.push({ target, column: index });
    onChange({ fields });
  }

  const rows = table.columns.map((c) => ({
    ...c,
    target: byColumn.get(c.index) ?? null,
    samples: samples.map((r) => displayCell(sheet.head[r - 1]?.[c.index], byColumn.get(c.index) ?? null)).filter((v) => v !== ''),
  }));

  return (
    <div className="import-step">
      <Alert
        type="info"
        showIcon
        title={
          proposal?.profileName
            ? `这个表头以前保存过方案「${proposal.profileName}」，已按方案对应各列；请核对后进入预览。`
            : '已按列名自动对应，请逐列核对：选“跳过此列”则不导入；文件中没有的内容可以用“固定值”统一填写。'
        }
      />
      <ProfileBar view={view} mapping={mapping} canSave={problems.length === 0} onApply={onChange} />
      <Table
        className="mapping-table"
        size="small"
        bordered
        pagination={false}
        rowKey="index"
        dataSource={rows}
        scroll={{ y: 420 }}
        columns={[
          { title: '列', dataIndex: 'letter', width: 52, align: 'center' },
          { title: '文件中的表头', dataIndex: 'name', width: 220 },
          {
            title: '示例数据',
            key: 'samples',
            ellipsis: true,
            render: (_: unknown, r) => <span className="mapping-samples">{r.samples.join('　|　')}</span>,
          },
          {
            title: '导入到',
            key: 'target',
            width: 300,
            render: (_: unknown, r) => (
              <Select<string>
                aria-label={`「${r.name}」导入到`}
                className="mapping-select"
                style={{ width: '100%' }}
                size="small"
                showSearch={{ optionFilterProp: 'search' }}
                value={r.target ?? SKIP}
                options={TARGET_OPTIONS}
                labelRender={(p) => <span className={p.value === SKIP ? 'mapping-skip' : undefined}>{selectedLabel(p.value)}</span>}
                onChange={(v) => setColumn(r.index, v === SKIP ? null : (v as TargetKey))}
              />
            ),
          },
          {
            title: '依据',
            key: 'how',
            width: 84,
            render: (_: unknown, r) => {
              if (!r.target) return null;
              const p = proposed.get(r.index);
              if (!p || p.target !== r.target || p.how === 'none') return <Tag>手动</Tag>;
              return <Tag color="blue">{proposal?.profileName ? '方案' : HOW[p.how]}</Tag>;
            },
          },
        ]}
      />
      <ConstantFields
        fields={mapping.fields.filter((f): f is Extract<FieldMapping, { constant: string }> => 'constant' in f)}
        used={new Set(byColumn.values())}
        onChange={(constants) => onChange({ fields: [...mapping.fields.filter((f) => 'column' in f), ...constants] })}
      />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="还不能预览："
          description={
            <ul className="import-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <div className="import-actions">
        <Space>
          <Button onClick={onBack}>上一步</Button>
          <Button type="primary" disabled={problems.length > 0} loading={loading} onClick={onNext}>
            下一步：预览
          </Button>
        </Space>
      </div>
    </div>
  );
}
