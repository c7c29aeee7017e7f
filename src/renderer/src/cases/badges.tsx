import { Tag } from 'antd';

/** The countdown and card marks every list shares: one colour per band, the same everywhere. */

export type Band = 'overdue' | 'soon' | 'near' | 'later';
export type CardKind = 'yellow' | 'red';

export const BAND_COLORS: Record<Band, string> = { overdue: 'red', soon: 'orange', near: 'gold', later: 'default' };
export const BAND_HEX: Record<Band, string> = { overdue: '#cf1322', soon: '#d46b08', near: '#d4b106', later: '#8c8c8c' };

export function CountdownTag({ band, text }: { band: Band | null; text: string | null }) {
  if (!band || !text) return null;
  return (
    <Tag color={BAND_COLORS[band]} className={`countdown countdown-${band}`} style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  );
}

export function CardBadge({ card }: { card: CardKind | null }) {
  if (!card) return null;
  return card === 'red' ? (
    <Tag color="#cf1322" className="card-badge card-red">
      红牌
    </Tag>
  ) : (
    <Tag color="#fadb14" className="card-badge card-yellow" style={{ color: '#5c4b00' }}>
      黄牌
    </Tag>
  );
}

const DIMENSION_COLORS: Record<string, string> = { 能耗: 'volcano', 环保: 'green', 质量: 'geekblue', 安全: 'magenta', 技术: 'purple' };

export function DimensionTag({ dimension }: { dimension: string }) {
  return <Tag color={DIMENSION_COLORS[dimension] ?? 'default'}>{dimension}</Tag>;
}
