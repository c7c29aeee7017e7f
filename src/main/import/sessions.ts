import { randomUUID } from 'node:crypto';
import { LedgerError } from '../../shared/errors';
import type { HeaderChoice } from '../../shared/import/table';
import type { ServiceContext } from '../services/context';
import type { HeaderChoices } from './parse';
import { ImportSession } from './session';
import type { PlanSummary } from '../../shared/import/planTypes';
import type { ParsedFileSummary } from '../../shared/contract/imports';

/**
 * The wizard runs open in main, one ImportSession (a worker with its own connection) each,
 * named by a random id the page holds. A run ends when the page closes it, when a newer run
 * pushes it out (at most MAX_OPEN at once), or after IDLE_MS without a request — a window
 * closed mid-wizard must not keep a worker and a 50 MB file alive.
 * The file's bytes stay here so that choosing other header rows can parse it again.
 */
const IDLE_MS = 30 * 60 * 1000;
const MAX_OPEN = 3;

export interface OpenImport {
  id: string;
  session: ImportSession;
  fileName: string;
  data: Uint8Array;
  choices: HeaderChoices;
  parsed: ParsedFileSummary;
  /** The last preview, for the commit (is there anything to write?) and the errors export. */
  plan: PlanSummary | null;
  busy: boolean;
  /** Asked to close while busy: closed as soon as the commit ends. */
  closing: boolean;
  timer: NodeJS.Timeout | null;
}

export class ImportSessions {
  private readonly open = new Map<string, OpenImport>();

  constructor(
    private readonly dbPath: string,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Starts a session and parses the file; a file that cannot be read closes it again. */
  async start(fileName: string, data: Uint8Array): Promise<OpenImport> {
    const session = ImportSession.open(this.dbPath);
    let parsed: ParsedFileSummary;
    try {
      parsed = await session.parse(data, fileName);
    } catch (err) {
      await session.close();
      throw err;
    }
    const entry: OpenImport = { id: randomUUID(), session, fileName, data, choices: {}, parsed, plan: null, busy: false, closing: false, timer: null };
    this.open.set(entry.id, entry);
    this.touch(entry);
    for (const old of [...this.open.values()].filter((e) => !e.busy).slice(0, Math.max(0, this.open.size - MAX_OPEN))) void this.close(old.id);
    return entry;
  }

  get(id: string): OpenImport {
    const entry = this.open.get(id);
    if (!entry) throw new LedgerError('NOT_FOUND', '这次导入已结束（可能闲置过久），请重新选择文件');
    this.touch(entry);
    return entry;
  }

  /** Parses the file again with the header rows the user chose for one sheet (null: detect). */
  async reparse(entry: OpenImport, sheet: string, header: HeaderChoice | null): Promise<void> {
    const choices = { ...entry.choices };
    if (header) choices[sheet] = header;
    else delete choices[sheet];
    entry.parsed = await entry.session.parse(entry.data, entry.fileName, choices);
    entry.choices = choices;
    entry.plan = null;
  }

  /**
   * Marks a session busy (a commit running) so that neither idling nor crowding closes it and a
   * second commit is refused; the answer releases it.
   */
  hold(entry: OpenImport): () => void {
    if (entry.busy) throw new LedgerError('VALIDATION', '这次导入正在写入，请等待完成');
    entry.busy = true;
    return () => {
      entry.busy = false;
      if (entry.closing) void this.close(entry.id);
      else this.touch(entry);
    };
  }

  /** Closes a run; one that is committing is closed when the commit ends, never cut short. */
  async close(id: string): Promise<boolean> {
    const entry = this.open.get(id);
    if (!entry) return false;
    if (entry.busy) {
      entry.closing = true;
      return true;
    }
    this.open.delete(id);
    if (entry.timer) clearTimeout(entry.timer);
    await entry.session.close();
    return true;
  }

  /** Closes every run at once, committing or not (process exit, tests): a cut commit rolls back. */
  async closeAll(): Promise<void> {
    for (const e of this.open.values()) e.busy = false;
    await Promise.all([...this.open.keys()].map((id) => this.close(id)));
  }

  private touch(entry: OpenImport): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      if (entry.busy) this.touch(entry);
      else void this.close(entry.id);
    }, this.idleMs);
    entry.timer.unref();
  }
}

const registries = new WeakMap<ServiceContext, ImportSessions>();

/** The sessions of one service context (the app, the harness, a test each have their own). */
export function importSessions(ctx: ServiceContext): ImportSessions {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = new ImportSessions(ctx.dbPath)));
  return r;
}
