import { LedgerError } from '../../shared/errors';
import { columnLetter } from '../../shared/import/types';

/**
 * The bounds a file must stay inside before anything is built from it. They keep a hostile or
 * broken file (zip bomb, a sheet padded to XFD1048576, a cell of megabytes) from exhausting the
 * memory of the app, and each has the Chinese message the user reads.
 */
export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /**
   * A city-level ledger is 100,000 rows of 12–20 columns; the bound that matters is memory (the
   * worker's heap, below) and time (PARSE_TIMEOUT_MS), and these counts keep a file inside both.
   */
  sheetCells: 2_500_000,
  workbookCells: 5_000_000,
  /** More distinct texts than any ledger has: a shared-string table built to exhaust memory. */
  sharedStrings: 1_000_000,
  /** Merged ranges of one sheet: a real sheet has hundreds; a million takes gigabytes to index. */
  merges: 100_000,
  cellChars: 32_767,
  /** Uncompressed bytes of one zip entry and of all entries, as declared in the central directory. */
  zipEntryBytes: 256 * 1024 * 1024,
  zipTotalBytes: 512 * 1024 * 1024,
  /** A ratio no spreadsheet part reaches unless it was built to explode (XML is ~10–40×). */
  zipRatio: 200,
  zipRatioFloorBytes: 16 * 1024 * 1024,
} as const;

const MB = 1024 * 1024;

/** Heap of the import and template workers: a hostile file is stopped there, not by the PC. */
export const WORKER_HEAP_MB = 1024;
/** Reading a file (parse and table detection) must finish within this, or it is refused. */
export const PARSE_TIMEOUT_MS = 10_000;

const count = (n: number): string => n.toLocaleString('en-US');

export function fail(message: string): never {
  throw new LedgerError('VALIDATION', message);
}

export function checkFileSize(fileName: string, bytes: number): void {
  if (bytes === 0) fail(`文件「${fileName}」是空文件（0 字节），没有可导入的内容；请确认选对了文件`);
  if (bytes > LIMITS.fileBytes) {
    fail(`文件「${fileName}」大小为 ${(bytes / MB).toFixed(1)} MB，超过 50 MB 的导入上限；请删去无关的工作表或拆分成几个文件后再导入`);
  }
}

/** Throws once a sheet's used range (rows × columns) would exceed the cell limit. */
export function checkSheetArea(sheetName: string, rows: number, cols: number): void {
  if (rows * cols > LIMITS.sheetCells) {
    fail(
      `工作表「${sheetName}」的使用范围为 ${rows} 行 × ${cols} 列（${count(rows * cols)} 个单元格），超过 ${count(LIMITS.sheetCells)} 个单元格的上限；` +
        `请删除表格末尾或右侧多余的行列（可能是误填的空格或格式），或拆分后再导入`,
    );
  }
}

export function checkWorkbookCells(total: number): void {
  if (total > LIMITS.workbookCells) {
    fail(`该文件各工作表合计超过 ${LIMITS.workbookCells.toLocaleString('en-US')} 个单元格，超过导入上限；请只保留需要导入的工作表后再导入`);
  }
}

export function cellTooLong(sheetName: string, row: number, col: number, length: number): never {
  fail(
    `工作表「${sheetName}」第 ${row + 1} 行 ${columnLetter(col)} 列的内容长达 ${length.toLocaleString('en-US')} 个字符，` +
      `超过单元格上限 32,767 个字符；请检查该单元格（可能误粘贴了大段内容）后再导入`,
  );
}

export const MESSAGES = {
  truncated: (f: string) => `文件「${f}」不完整或已损坏（可能下载或复制时中断）；请重新获取原文件，或用 Excel/WPS 打开后另存再导入`,
  notSpreadsheet: (f: string) => `文件「${f}」不是电子表格；请选择 .xlsx、.xls 或 .csv 文件`,
  unreadableEncoding: (f: string, encoding: string) =>
    `文件「${f}」的文字编码看来是 ${encoding}，导入只读取 UTF-8、GB18030（含 GBK、GB2312）和 UTF-16 编码的 CSV；` +
    `请用 Excel/WPS 打开后另存为 .xlsx 或“CSV UTF-8”，再导入`,
  encrypted: (f: string) => `文件「${f}」设置了打开密码，无法读取；请用 Excel/WPS 打开并取消密码（文件 → 信息 → 保护工作簿）后另存，再导入`,
  zipBomb: (f: string) => `文件「${f}」解压后的体积异常（可能是损坏或恶意构造的文件），为保护电脑已停止读取；请用 Excel/WPS 打开后另存再导入`,
  noSheets: (f: string) => `文件「${f}」中没有可读取的工作表`,
  htmlXls: (f: string) =>
    `文件「${f}」的扩展名是 .xls，但内容是网页格式（系统导出的“伪 Excel”）；请用 Excel/WPS 打开后另存为 .xlsx 再导入`,
  otherOffice: (f: string, kind: string) => `文件「${f}」是${kind}，不是电子表格；请选择 .xlsx、.xls 或 .csv 文件`,
  tooManyStrings: (f: string) =>
    `文件「${f}」的共享文本表超过 ${count(LIMITS.sharedStrings)} 条（可能是损坏或恶意构造的文件），为保护电脑已停止读取；请用 Excel/WPS 打开后另存再导入`,
  tooManyMerges: (sheet: string, n: number) =>
    `工作表「${sheet}」有 ${count(n)} 个以上的合并单元格，超过 ${count(LIMITS.merges)} 个的上限（可能是损坏或恶意构造的文件）；请取消多余的合并后另存再导入`,
  timeout: (f: string, s: number) => `读取文件「${f}」超过 ${s} 秒仍未完成，已停止；文件可能过大或已损坏，请拆分或另存后再导入`,
  templateBroken: (f: string) =>
    `模板「${f}」的文件结构有误（可能已损坏，或由不常见的软件生成），无法按原样式填写；请用 Excel/WPS 打开该模板，另存为 .xlsx 后再选择另存的文件`,
  templateTimeout: (f: string, s: number) => `读取模板「${f}」超过 ${s} 秒仍未完成，已停止；模板可能已损坏，请用 Excel/WPS 打开后另存为 .xlsx 再选择`,
  templateMemory: (f: string) => `读取模板「${f}」所需内存超出上限，已停止，台账未改变；模板可能已损坏或被恶意构造，请用 Excel/WPS 打开后另存为 .xlsx 再选择`,
} as const;
