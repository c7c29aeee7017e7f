/**
 * The error envelope every service answers with instead of throwing across a boundary (IPC,
 * HTTP harness, CLI). `message` is Chinese and says what to do; `field` names the column.
 */
export const ERROR_CODES = [
  'VALIDATION', // a value the user typed is not acceptable
  'CONFLICT', // a unique value is already taken (duplicate credit code …)
  'NOT_FOUND',
  'READ_ONLY', // the database failed its integrity check and was opened read-only
  'BAD_REQUEST', // a malformed payload: a bug or a hostile caller, never a user's typing
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** Thrown by services for expected failures; turned into an error envelope at the boundary. */
export class LedgerError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'LedgerError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
}

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof LedgerError) {
    return err.field === undefined
      ? { code: err.code, message: err.message }
      : { code: err.code, message: err.message, field: err.field };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: `程序内部错误，操作未生效，数据未改变（${detail}）` };
}
