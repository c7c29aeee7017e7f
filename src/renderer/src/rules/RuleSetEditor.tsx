import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { DIMENSIONS, type Dimension } from '../../../shared/domain/dimensions';
import type { DimensionRule, RuleSet } from '../../../shared/rules/ruleSet';

type Span = { months: number } | { days: number };
type Unit = 'months' | 'days' | 'other';

function spanUnit(v: Span | string): Unit {
  return typeof v === 'string' ? 'other' : 'months' in v ? 'months' : 'days';
}
function spanCount(v: Span | string): number | null {
  return typeof v === 'string' ? null : 'months' in v ? v.months : v.days;
}

/** Months, days, or the dimension's other choice ('set-by-order' / 'none'). */
function SpanField({ label, value, other, otherLabel, onChange }: { label: string; value: Span | string; other: string; otherLabel: string; onChange(v: Span | string): void }) {
  const unit = spanUnit(value);
  const count = spanCount(value) ?? 1;
  const set = (u: Unit, n: number) => onChange(u === 'other' ? other : u === 'months' ? { months: n } : { days: n });
  return (
    <Form.Item label={label}>
      <Space.Compact>
        {unit !== 'other' && <InputNumber aria-label={label} min={1} max={3650} precision={0} value={count} onChange={(n) => set(unit, n ?? 1)} style={{ width: 100 }} />}
        <Select<Unit>
          aria-label={`${label}单位`}
          value={unit}
          style={{ width: 180 }}
          onChange={(u) => set(u, count)}
          options={[
            { value: 'months', label: '个月' },
            { value: 'days', label: '天' },
            { value: 'other', label: otherLabel },
          ]}
        />
      </Space.Compact>
    </Form.Item>
  );
}

function DimensionForm({ rule, onChange }: { rule: DimensionRule; onChange(r: DimensionRule): void }) {
  const measuresText = rule.measures.map((m) => (m.note ? `${m.name}：${m.note}` : m.name)).join('\n');
  return (
    <Form layout="vertical">
      <Form.Item label="措施（每行一项，可用“：”加备注）">
        <Input.TextArea
          aria-label="措施"
          rows={2}
          defaultValue={measuresText}
          onBlur={(e) => {
            const measures = e.target.value
              .split(/\r?\n/)
              .map((l) => l.trim())
              .filter(Boolean)
              .map((line) => {
                const [name = '', ...note] = line.split('：');
                const old = rule.measures.find((m) => m.name === name.trim());
                return { ...old, name: name.trim(), ...(note.length ? { note: note.join('：').trim() } : {}) };
              });
            onChange({ ...rule, measures });
          }}
        />
      </Form.Item>
      <Space size={24} wrap>
        <SpanField label="整改期限" value={rule.period} other="set-by-order" otherLabel="由决定/命令确定" onChange={(period) => onChange({ ...rule, period: period as DimensionRule['period'] })} />
        <SpanField label="最长延期" value={rule.maxExtension} other="none" otherLabel="不予延期" onChange={(maxExtension) => onChange({ ...rule, maxExtension: maxExtension as DimensionRule['maxExtension'] })} />
      </Space>
      <Form.Item label="逾期或整改不达标的处理">
        <Input aria-label="逾期或整改不达标的处理" value={rule.onFailure} onChange={(e) => onChange({ ...rule, onFailure: e.target.value })} />
      </Form.Item>
      {rule.legalBasis.map((b, i) => (
        <Card key={i} size="small" style={{ marginBottom: 8 }} title={`依据 ${i + 1}`} extra={rule.legalBasis.length > 1 && <Button size="small" type="link" danger onClick={() => onChange({ ...rule, legalBasis: rule.legalBasis.filter((_, j) => j !== i) })}>删除</Button>}>
          <Input.TextArea aria-label={`依据${i + 1}条文`} rows={3} value={b.text} onChange={(e) => onChange({ ...rule, legalBasis: rule.legalBasis.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })} />
          <Input aria-label={`依据${i + 1}出处`} style={{ marginTop: 6 }} prefix="出处：" value={b.source} onChange={(e) => onChange({ ...rule, legalBasis: rule.legalBasis.map((x, j) => (j === i ? { ...x, source: e.target.value } : x)) })} />
        </Card>
      ))}
      <Button size="small" onClick={() => onChange({ ...rule, legalBasis: [...rule.legalBasis, { text: '', source: '' }] })}>
        增加一条依据
      </Button>
    </Form>
  );
}

/** The form of one rule set: its name, region and version, then each dimension's rule. */
export function RuleSetEditor({ ruleSet, builtin, onSave, onSaveAs, onRestore }: { ruleSet: RuleSet; builtin: boolean; onSave(r: RuleSet): Promise<string | null>; onSaveAs(r: RuleSet): Promise<string | null>; onRestore(): void }) {
  const [draft, setDraft] = useState(ruleSet);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<Dimension>('能耗');
  useEffect(() => {
    setDraft(ruleSet);
    setError(null);
  }, [ruleSet]);
  const head = (key: 'name' | 'region' | 'version', label: string, width: number) => (
    <Form.Item label={label}>
      <Input aria-label={label} style={{ width }} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </Form.Item>
  );
  return (
    <div>
      <Form layout="inline" style={{ marginBottom: 8, rowGap: 8 }}>
        {head('name', '名称', 220)}
        {head('region', '适用地区', 120)}
        {head('version', '版本', 100)}
      </Form>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Dimension)}
        items={DIMENSIONS.map((d) => ({
          key: d,
          label: d,
          children: <DimensionForm key={`${d}-${ruleSet.name}-${ruleSet.version}`} rule={draft.dimensions[d]} onChange={(r) => setDraft({ ...draft, dimensions: { ...draft.dimensions, [d]: r } })} />,
        }))}
      />
      {error && <Alert type="error" showIcon title={error} style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }} />}
      <Space>
        <Button type="primary" onClick={() => void onSave(draft).then(setError)}>
          保存
        </Button>
        <Button onClick={() => void onSaveAs(draft).then(setError)}>另存为新规则集</Button>
        {builtin && <Button onClick={onRestore}>恢复为内置版本</Button>}
      </Space>
    </div>
  );
}
