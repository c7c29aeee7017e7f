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
  /** An internal error's English detail (message, stack): for the log, never shown to the user. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** Thrown by services for expected failures; turned into an error envelope at the boundary. */
export class LedgerError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  /** See ErrorInfo.detail: an internal error that crossed a thread keeps its detail for the log. */
  readonly detail?: string;
  constructor(code: ErrorCode, message: string, field?: string, detail?: string) {
    super(message);
    this.name = 'LedgerError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (detail !== undefined) this.detail = detail;
  }
}

export const INTERNAL_MESSAGE = '程序内部错误，操作未生效，数据未改变；详细信息已记入日志（帮助 → 导出诊断信息）';

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof LedgerError) {
    const info: ErrorInfo = { code: err.code, message: err.message };
    if (err.field !== undefined) info.field = err.field;
    if (err.detail !== undefined) info.detail = err.detail;
    return info;
  }
  // An exception's text is English and may carry absolute paths: the user reads only Chinese.
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return { code: 'INTERNAL', message: INTERNAL_MESSAGE, detail };
}

/** What crosses to the page: the envelope without the detail meant for the log. */
export function shownError(info: ErrorInfo): ErrorInfo {
  const { detail: _detail, ...shown } = info;
  return shown;
}
