import { z } from '../schemas/zod';
import { IsoDateSchema } from '../schemas/period';
import { PACKAGE_SHEET_KEYS } from '../countyPackage/sheets';
import { JobStarted, command, query } from './channel';

/**
 * Issue 16 in the app: a county's 报送包 exported; the city's 汇总报送包 (files sent one by one
 * into a roll-up session, previewed, then applied as a job); the 报送情况 board and its export.
 * The renderer never names a path: files travel as uploads, saves go through main's dialog.
 */
const Year = z.number().int().min(2000).max(2100);
const SessionId = z.string().uuid();

const TableChange = z.object({ added: z.number().int(), updated: z.number().int(), deleted: z.number().int() });

export const ROLLUP_VERDICTS = ['new', 'replace', 'same', 'refused', 'unreadable'] as const;
export const ROLLUP_VERDICT_LABELS: Record<(typeof ROLLUP_VERDICTS)[number], string> = { new: '新收', replace: '替换', same: '未变', refused: '拒收', unreadable: '拒收' };

export const RollupFile = z.object({
  file: z.string(),
  county: z.string().nullable(),
  kind: z.enum(['package', 'template']).nullable(),
  exportedAt: z.string().nullable(),
  verdict: z.enum(ROLLUP_VERDICTS),
  /** Why it is refused, in Chinese (older than the one held, with its date; checksum; unreadable). */
  reason: z.string().nullable(),
  changes: z.record(z.enum(PACKAGE_SHEET_KEYS), TableChange).nullable(),
  rows: z.number().int().nullable(),
});
export type RollupFile = z.output<typeof RollupFile>;

export const SharedCode = z.object({ county: z.string(), name: z.string(), uscc: z.string(), otherCounties: z.array(z.string()) });
export type SharedCode = z.output<typeof SharedCode>;

/** The preview before 导入, and (as the job's result) what the roll-up did. */
export const RollupPreview = z.object({ sessionId: z.string(), files: z.array(RollupFile), sharedCreditCodes: z.array(SharedCode) });
export type RollupPreview = z.output<typeof RollupPreview>;

export const BOARD_STATES = ['已报送', '未报送', '已过期'] as const;
export const BoardRow = z.object({
  county: z.string(),
  state: z.enum(BOARD_STATES),
  kind: z.enum(['package', 'template']).nullable(),
  exportedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  fileName: z.string().nullable(),
  rows: z.number().int().nullable(),
});
export type BoardRow = z.output<typeof BoardRow>;

export const Board = z.object({
  year: z.number().int(),
  /** The day the round opened: the one asked for, else the day after the last 上报上级 date before today. */
  since: z.string().nullable(),
  /** The next 上报上级 date of the year (时间节点), the round's end; null when none is left. */
  due: z.object({ name: z.string(), date: z.string() }).nullable(),
  counties: z.array(BoardRow),
  cityCounties: z.array(z.string()),
});
export type Board = z.output<typeof Board>;

/** What 导出 → 报送包's job answers: the rows of each sheet and the checksum 说明 carries. */
export const PackageExported = z.object({
  file: z.string(),
  county: z.string(),
  year: z.number().int(),
  exportedAt: z.string(),
  checksum: z.string(),
  rows: z.record(z.enum(PACKAGE_SHEET_KEYS), z.number().int()),
});
export type PackageExported = z.output<typeof PackageExported>;

const BoardQuery = z.object({ since: IsoDateSchema.optional() }).strict();

export const packageChannels = {
  /** 导出 → 报送包: asks where to save, then writes as a job (result: rows per table, checksum). */
  'packages:export': query(z.object({ year: Year }).strict(), JobStarted.extend({ file: z.string() })),
  /** One chosen or dropped file read into the roll-up session (a new session when sessionId is null). */
  'rollup:add': query(
    z.object({ sessionId: SessionId.nullable(), fileName: z.string().min(1).max(255), base64: z.string().min(1).max(28_000_000), modifiedAt: z.iso.datetime({ offset: true }) }).strict(),
    z.object({ sessionId: z.string(), counties: z.array(z.string()), refused: z.string().nullable() }),
  ),
  'rollup:preview': query(z.object({ sessionId: SessionId }).strict(), RollupPreview),
  /** Backup, then each county's package in its own transaction; the job's result is a RollupPreview. */
  'rollup:commit': command(z.object({ sessionId: SessionId }).strict(), JobStarted),
  'rollup:close': query(z.object({ sessionId: SessionId }).strict(), z.object({ closed: z.boolean() })),
  'packages:board': query(BoardQuery, Board),
  'packages:setCounties': command(z.object({ counties: z.array(z.string().max(40)).max(200) }).strict(), z.array(z.string())),
  /** 报送情况 for the 领导小组 as .xlsx, saved where the user chooses. */
  'packages:exportBoard': query(BoardQuery, z.object({ file: z.string() })),
};
