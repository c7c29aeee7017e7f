import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { detectTable, type DetectedTable, type HeaderChoice } from '../../shared/import/table';
import type { Cell, SpreadsheetFormat } from '../../shared/import/types';
import { hashFile } from './hash';
import { checkFileSize, MESSAGES } from './limits';
import { readSpreadsheet } from './read';

/**
 * Everything the import wizard needs from a file before the mapping step: each sheet with
 * its detected table and its first rows (to show where the header was found), plus the file's
 * hash (to recognise a file imported before). Runs in the worker (worker.ts).
 */
export interface ParsedSheet {
  name: string;
  hidden: boolean;
  rowCount: number;
  columnCount: number;
  /** The first rows as they are in the file, for the header step of the wizard. */
  head: Cell[][];
  /** null for an empty sheet. */
  table: DetectedTable | null;
}

export interface ParsedFile {
  fileName: string;
  format: SpreadsheetFormat;
  encoding: string | null;
  fileHash: string;
  sheets: ParsedSheet[];
}

const HEAD_ROWS = 30;

/** The user's correction of a sheet's header rows, by sheet name. */
export type HeaderChoices = Record<string, HeaderChoice>;

export function parseFileData(data: Uint8Array, fileName: string, choices?: HeaderChoices): ParsedFile {
  const wb = readSpreadsheet(data, fileName);
  return {
    fileName,
    format: wb.format,
    encoding: wb.encoding,
    fileHash: hashFile(data),
    sheets: wb.sheets.map((s) => {
      const empty = s.rows.every((row) => row.every((v) => v === null));
      return {
        name: s.name,
        hidden: s.hidden,
        rowCount: s.rows.length,
        columnCount: s.rows[0]?.length ?? 0,
        head: s.rows.slice(0, HEAD_ROWS),
        table: empty ? null : detectTable(s, choices && Object.hasOwn(choices, s.name) ? choices[s.name] : undefined),
      };
    }),
  };
}

/** Reads a file from disk, refusing one over the size limit before reading it. */
export async function parseFilePath(path: string, choices?: HeaderChoices): Promise<ParsedFile> {
  const fileName = basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new LedgerError('VALIDATION', `无法打开文件「${fileName}」：文件不存在或没有读取权限`);
  }
  checkFileSize(fileName, size);
  const data = await readFile(path).catch(() => {
    throw new LedgerError('VALIDATION', MESSAGES.truncated(fileName));
  });
  return parseFileData(data, fileName, choices);
}
