/**
 * The five dimensions of 综合标准 (工信部联产业〔2017〕30号): each finding against an enterprise
 * belongs to exactly one, and each has its own legal path and deadline rule.
 */
export const DIMENSIONS = ['能耗', '环保', '质量', '安全', '技术'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The law each dimension's path rests on, as the work plans cite it (docs/domain.md). */
export const DIMENSION_LAW: Record<Dimension, string> = {
  能耗: '《中华人民共和国节约能源法》',
  环保: '《中华人民共和国环境保护法》',
  质量: '《中华人民共和国产品质量法》',
  安全: '《中华人民共和国安全生产法》',
  技术: '《产业结构调整指导目录》淘汰类',
};

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);
}
