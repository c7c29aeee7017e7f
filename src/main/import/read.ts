import { LedgerError } from '../../shared/errors';
import type { ParsedWorkbook } from '../../shared/import/types';
import { parseCsv, decodeCsv } from './csv';
import { MESSAGES, checkFileSize, fail } from './limits';
import { isCfb, readCfbWorkbook } from './xls';
import { readXlsx } from './xlsx';
import { isZip } from './zip';

/**
 * Reads a spreadsheet the user picked into plain sheets. The container is recognised by its
 * first bytes, not by the extension (offices rename files freely): a zip is an .xlsx, a Compound
 * File is an .xls or an encrypted workbook, anything else must be a text CSV. Every failure is
 * a LedgerError('VALIDATION') with a message the user can act on; nothing else escapes.
 */
export function readSpreadsheet(data: Uint8Array, fileName: string): ParsedWorkbook {
  checkFileSize(fileName, data.length);
  try {
    if (isZip(data)) return { fileName, format: 'xlsx', encoding: null, sheets: readXlsx(data, fileName) };
    if (isCfb(data)) return { fileName, format: 'xls', encoding: null, sheets: readCfbWorkbook(data, fileName) };
    const ext = extensionOf(fileName);
    if (ext === 'xlsx' || ext === 'xlsm') fail(MESSAGES.notSpreadsheet(fileName));
    if (ext === 'xls' && /<(html|table|\?xml)/i.test(new TextDecoder('latin1').decode(data.subarray(0, 4096)))) fail(MESSAGES.htmlXls(fileName));
    if (ext !== 'csv' && ext !== 'txt' && ext !== 'tsv') fail(MESSAGES.notSpreadsheet(fileName));
    const { text, encoding } = decodeCsv(data, fileName);
    const sheet = parseCsv(text, sheetNameOf(fileName));
    return { fileName, format: 'csv', encoding, sheets: [sheet] };
  } catch (err) {
    if (err instanceof LedgerError) throw err;
    // A parser tripping over a malformed file is the file's fault, not the user's data: say so.
    throw new LedgerError('VALIDATION', MESSAGES.truncated(fileName));
  }
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function sheetNameOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
