import { Input, InputNumber, Select, Space } from 'antd';
import { normaliseDate } from '../../../shared/normalise/date';

/** A period as an order states it: N 个月, N 天, or 至 a date (限时拆除至2021年10月31日). */

export type PeriodUnit = 'months' | 'days' | 'until';
export interface PeriodValue {
  unit: PeriodUnit;
  count: number | null;
  until: string;
}

export type PeriodJson = { months: number } | { days: number } | { until: string };

export function toPeriod(v: PeriodValue): PeriodJson | null | 'invalid' {
  if (v.unit === 'until') {
    if (v.until.trim() === '') return null;
    const date = normaliseDate(v.until);
    return date ? { until: date } : 'invalid';
  }
  if (v.count === null) return null;
  return v.unit === 'months' ? { months: v.count } : { days: v.count };
}

export function PeriodInput({ value, onChange, allowUntil, label }: { value: PeriodValue; onChange(v: PeriodValue): void; allowUntil: boolean; label: string }) {
  return (
    <Space.Compact>
      {value.unit === 'until' ? (
        <Input
          aria-label={`${label}（日期）`}
          style={{ width: 180 }}
          placeholder="如 2021-10-31"
          value={value.until}
          onChange={(e) => onChange({ ...value, until: e.target.value })}
        />
      ) : (
        <InputNumber aria-label={label} min={1} max={3650} precision={0} style={{ width: 120 }} value={value.count} onChange={(n) => onChange({ ...value, count: n })} />
      )}
      <Select<PeriodUnit>
        aria-label={`${label}单位`}
        style={{ width: 110 }}
        value={value.unit}
        onChange={(unit) => onChange({ ...value, unit })}
        options={[
          { value: 'months', label: '个月' },
          { value: 'days', label: '天' },
          ...(allowUntil ? [{ value: 'until' as const, label: '至指定日期' }] : []),
        ]}
      />
    </Space.Compact>
  );
}
