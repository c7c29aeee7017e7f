import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arch, platform, release } from 'node:os';

export interface DiagnosticsInput {
  logDir: string;
  appVersion: string;
  schemaVersion: number;
  versions: Record<string, string | undefined>;
  now: Date;
}

const MAX_LOG_BYTES = 2 * 1024 * 1024;

/**
 * What 导出诊断信息 writes: versions, the schema version and the log files — never the ledger's
 * data. The logs themselves only hold channel names, error messages and stack traces (see
 * shell/logging.ts and ipc/dispatch.ts), not field values.
 */
export function collectDiagnostics(input: DiagnosticsInput): string {
  const lines = [
    '落后产能退出台账 诊断信息',
    `生成时间：${input.now.toISOString()}`,
    `软件版本：${input.appVersion}`,
    `数据结构版本：${input.schemaVersion}`,
    `操作系统：${platform()} ${release()} ${arch()}`,
    ...Object.entries(input.versions).map(([k, v]) => `${k}：${v ?? '未知'}`),
    '',
  ];
  let logs: string[] = [];
  try {
    logs = readdirSync(input.logDir).filter((f) => f.endsWith('.log')).sort();
  } catch {
    lines.push('（没有日志文件）');
  }
  for (const f of logs) {
    const text = readFileSync(join(input.logDir, f), 'utf8');
    lines.push(`===== ${f} =====`, text.length > MAX_LOG_BYTES ? text.slice(-MAX_LOG_BYTES) : text);
  }
  return lines.join('\n');
}

