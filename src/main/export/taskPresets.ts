import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { TaskPreset } from '../../shared/reports/tasks';

/**
 * The bundled work-plan task lists (resources/presets/tasks-*.json), each transcribed from one
 * work plan of docs/domain.md. The folder is passed in: the Electron shell, the CLI and tests
 * each know where the app's resources live.
 */
export const TASK_PRESET_PATTERN = /^tasks-.+\.json$/;

export async function listTaskPresetFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => TASK_PRESET_PATTERN.test(n)).sort().map((n) => join(dir, n));
}

export async function loadTaskPreset(file: string): Promise<TaskPreset> {
  const text = await readFile(file, 'utf8');
  const parsed = TaskPreset.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LedgerError('VALIDATION', `预置重点工作文件 ${file} 格式不正确（${issue.path.join('.')}：${issue.message}）`);
  }
  return parsed.data;
}
