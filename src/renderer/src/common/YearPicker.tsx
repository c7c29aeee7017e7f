import { InputNumber } from 'antd';

/** The report year: 2000–2100, typed or stepped. */
export function YearPicker({ value, onChange }: { value: number; onChange(year: number): void }) {
  return (
    <InputNumber
      aria-label="年度"
      min={2000}
      max={2100}
      value={value}
      suffix="年度"
      style={{ width: 120 }}
      onChange={(v) => {
        if (typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2100) onChange(v);
      }}
    />
  );
}
