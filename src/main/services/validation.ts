import type { z } from 'zod';
import { LedgerError } from '../../shared/errors';

/**
 * Parses user values with a shared schema and turns the first problem into a Chinese message
 * that names the column: 「统一社会信用代码」统一社会信用代码应为18位…
 */
export function parseFields<S extends z.ZodType>(schema: S, raw: unknown, labels: Record<string, string>): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    throw new LedgerError('BAD_REQUEST', `不认识的字段：${issue.keys.join('、')}`);
  }
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const label = field ? (labels[field] ?? field) : '';
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const message = missing ? '不能为空' : issue.message;
  const text = !label || message.startsWith(label) ? message : `「${label}」${message}`;
  throw new LedgerError('VALIDATION', text, field);
}
