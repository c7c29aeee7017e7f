import type { z } from 'zod';
import { LedgerError } from '../../shared/errors';

type Issue = z.core.$ZodIssue;

/** 「统一社会信用代码」统一社会信用代码应为18位… : the column's label, then zod's Chinese message. */
function describeIssue(issue: Issue, labels: Record<string, string>): { field: string | undefined; message: string } {
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const label = field ? (labels[field] ?? field) : '';
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const message = missing ? '不能为空' : issue.message;
  return { field, message: !label || message.startsWith(label) ? message : `「${label}」${message}` };
}

function refuseUnknownKeys(issues: readonly Issue[]): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') throw new LedgerError('BAD_REQUEST', `不认识的字段：${issue.keys.join('、')}`);
  }
}

/**
 * Parses user values with a shared schema and turns the first problem into a Chinese message
 * that names the column: 「统一社会信用代码」统一社会信用代码应为18位…
 */
export function parseFields<S extends z.ZodType>(schema: S, raw: unknown, labels: Record<string, string>): z.output<S> {
  // reportInput: zod 4 leaves an issue's input out unless asked, and without it a wrong value
  // ('abc' for 产能) could not be told from a missing one.
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  refuseUnknownKeys(result.error.issues);
  const { field, message } = describeIssue(result.error.issues[0]!, labels);
  throw new LedgerError('VALIDATION', message, field);
}

const partials = new WeakMap<z.ZodObject, z.ZodObject>();
function partialOf(schema: z.ZodObject): z.ZodObject {
  let p = partials.get(schema);
  if (!p) partials.set(schema, (p = schema.partial()));
  return p;
}

/**
 * Like parseFields, but for a grid: every field is judged on its own, so the good cells of a row
 * can be kept while each bad one gets its own message. `values` holds only the good fields.
 */
export function parseEachField(
  schema: z.ZodObject,
  raw: Record<string, unknown>,
  labels: Record<string, string>,
): { values: Record<string, unknown>; errors: { field: string; message: string }[] } {
  const first = schema.safeParse(raw);
  if (first.success) return { values: first.data as Record<string, unknown>, errors: [] };
  refuseUnknownKeys(first.error.issues);
  const errors = new Map<string, string>();
  for (const issue of first.error.issues) {
    const { field, message } = describeIssue(issue, labels);
    if (field && !errors.has(field)) errors.set(field, message);
  }
  const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !errors.has(k)));
  // What is left parses unless a required field is missing, which is already an error above.
  const second = partialOf(schema).safeParse(rest);
  const values = second.success ? (second.data as Record<string, unknown>) : {};
  return { values, errors: [...errors].map(([field, message]) => ({ field, message })) };
}
