import { dirname } from 'node:path';
import { toErrorInfo } from '../shared/errors';
import { openLedger } from '../main/openLedger';
import { quickCheck } from '../main/db/connection';
import { LATEST_SCHEMA_VERSION } from '../main/db/migrations';
import { resolveDbPath } from '../main/paths';
import { createContext } from '../main/services/context';
import { parseCommandLine } from './args';
import { enterprisesCommand } from './commands/enterprises';
import { linesCommand } from './commands/lines';
import { backupCommand, backupsCommand, restoreCommand } from './commands/backup';
import { deadlineCommand, deadlinesCommand } from './commands/deadline';
import { casesCommand } from './commands/cases';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';
import { importPackagesCommand, packagesCommand } from './commands/packages';
import { tasksCommand } from './commands/tasks';
import { settingsCommand } from './commands/settings';
import { USAGE, UsageError } from './commands/usage';
import { printJson, processIo, type Io } from './output';
import { removeStaleFiles } from '../main/fs/staleFiles';

/** Runs one command; returns the exit code. Errors are Chinese, on stderr, never a stack trace. */
export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (err) {
    io.err(`参数有误：${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const [command] = args.positionals;
  if (!command || args.flags.help) {
    io.out(USAGE);
    return command || args.flags.help ? 0 : 2;
  }
  const dbPath = resolveDbPath(typeof args.flags.db === 'string' ? args.flags.db : undefined);
  let opened;
  try {
    opened = openLedger(dbPath);
  } catch (err) {
    io.err(`无法打开数据文件 ${dbPath}：${toErrorInfo(err).message}`);
    return 1;
  }
  if (dbPath !== ':memory:') removeStaleFiles(dbPath, dirname(dbPath));
  const ctx = createContext(opened.db, { dbPath, readOnlyReason: opened.readOnlyReason });
  try {
    switch (command) {
      case 'init':
        io.out(`数据文件已就绪：${dbPath}（数据结构版本 ${opened.schemaVersion}）`);
        return 0;
      case 'check': {
        const problem = quickCheck(opened.db);
        const report = { ok: problem === null, problem, schemaVersion: opened.schemaVersion, latestSchemaVersion: LATEST_SCHEMA_VERSION, dbPath };
        if (args.flags.json) printJson(io, report);
        else io.out(problem === null ? `完整性检查通过；数据结构版本 ${opened.schemaVersion}` : `完整性检查未通过：${problem}`);
        return problem === null ? 0 : 1;
      }
      case 'enterprises':
        return enterprisesCommand(ctx, args, io);
      case 'lines':
        return linesCommand(ctx, args, io);
      case 'backup':
        return await backupCommand(ctx, args, io);
      case 'backups':
        return backupsCommand(ctx, args, io);
      case 'restore':
        return await restoreCommand(ctx, args, io);
      case 'deadline':
        return deadlineCommand(ctx, args, io);
      case 'deadlines':
        return deadlinesCommand(ctx, args, io);
      case 'cases':
        return casesCommand(ctx, args, io);
      case 'import':
        return await importCommand(ctx, args, io);
      case 'packages':
        return await packagesCommand(ctx, args, io);
      case 'import-packages':
        return await importPackagesCommand(ctx, args, io);
      case 'export':
        return await exportCommand(ctx, args, io);
      case 'settings':
        return settingsCommand(ctx, args, io);
      case 'tasks':
        return await tasksCommand(ctx, args, io);
      default:
        throw new UsageError(`未知命令「${command}」`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`错误：${toErrorInfo(err).message}`);
    return 1;
  } finally {
    opened.db.close();
  }
}

if (process.argv[1] && /cli[\\/]main\.[tj]s$/.test(process.argv[1])) {
  void runCli(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
