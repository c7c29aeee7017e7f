import { Button, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { targetLabel, type TargetKey } from '../../../shared/import/targets';
import { TARGET_GROUPS } from './targetOptions';

type Constant = { target: TargetKey; constant: string };

interface Props {
  fields: Constant[];
  /** Targets filled from a column: not offered again. */
  used: ReadonlySet<TargetKey>;
  onChange(fields: Constant[]): void;
}

/** 固定值: a field the file has no column for, the same value on every row (乡镇 of a town's sheet). */
export function ConstantFields({ fields, used, onChange }: Props) {
  const [target, setTarget] = useState<TargetKey | null>(null);
  const [value, setValue] = useState('');
  const taken = new Set([...used, ...fields.map((f) => f.target)]);
  const options = TARGET_GROUPS.map((g) => ({ ...g, options: g.options.filter((o) => !taken.has(o.value)) }));

  function add() {
    if (!target || value.trim() === '') return;
    onChange([...fields, { target, constant: value.trim() }]);
    setTarget(null);
    setValue('');
  }

  return (
    <div className="constant-fields">
      <div className="constant-title">固定值（文件中没有的内容，每行都填同一个值）</div>
      {fields.map((f, i) => (
        <Space key={f.target} className="constant-row">
          <span className="constant-target">{targetLabel(f.target)}</span>
          <Input
            aria-label={`「${targetLabel(f.target)}」的固定值`}
            size="small"
            style={{ width: 220 }}
            value={f.constant}
            status={f.constant.trim() === '' ? 'error' : undefined}
            onChange={(e) => onChange(fields.map((x, j) => (j === i ? { ...x, constant: e.target.value } : x)))}
          />
          <Button size="small" type="text" icon={<DeleteOutlined />} aria-label="删除固定值" onClick={() => onChange(fields.filter((_, j) => j !== i))} />
        </Space>
      ))}
      <Space className="constant-row">
        <Select<TargetKey>
          aria-label="固定值字段"
          size="small"
          style={{ width: 260 }}
          placeholder="选择字段"
          showSearch={{ optionFilterProp: 'search' }}
          value={target ?? undefined}
          options={options}
          onChange={setTarget}
        />
        <Input aria-label="固定值" size="small" style={{ width: 220 }} placeholder="填写的值，如：城关镇" value={value} onChange={(e) => setValue(e.target.value)} onPressEnter={add} />
        <Button size="small" icon={<PlusOutlined />} disabled={!target || value.trim() === ''} onClick={add}>
          添加固定值
        </Button>
      </Space>
    </div>
  );
}
