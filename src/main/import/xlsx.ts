import type { SheetData } from '../../shared/import/types';
import { LIMITS, MESSAGES, fail } from './limits';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip';
import { scanSheetXml } from './xlsxSheet';
import { attr, richText, resolvePartPath, startTags } from './xml';

/**
 * Reads an .xlsx (Office Open XML, transitional or strict) from its zip parts:
 * 1. the central directory, with every declared size checked against the limits (zip.ts);
 * 2. _rels/.rels → the workbook part, its relationships → worksheets and shared strings;
 * 3. the shared strings, then each worksheet in one scan (xlsxSheet.ts).
 * Nothing is inflated before step 1 has passed, and only the parts named in step 2 are.
 */
interface Relationship {
  type: string;
  target: string;
}

function readRels(xml: string, baseDir: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  for (const tag of startTags(xml, 'Relationship')) {
    const id = attr(xml, tag.start, tag.end, 'Id');
    const target = attr(xml, tag.start, tag.end, 'Target');
    if (id === null || target === null || attr(xml, tag.start, tag.end, 'TargetMode') === 'External') continue;
    rels.set(id, { type: attr(xml, tag.start, tag.end, 'Type') ?? '', target: resolvePartPath(baseDir, target) });
  }
  return rels;
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

function findWorkbookPart(entries: Map<string, ZipEntry>, text: (name: string) => string | null, fileName: string): string {
  const root = text('_rels/.rels');
  if (root !== null) {
    for (const rel of readRels(root, '').values()) {
      if (rel.type.endsWith('/officeDocument') && entries.has(rel.target)) return rel.target;
    }
  }
  if (entries.has('xl/workbook.xml')) return 'xl/workbook.xml';
  if (entries.has('xl/workbook.bin')) fail(`文件「${fileName}」是二进制工作簿（.xlsb）；请用 Excel/WPS 另存为 .xlsx 后再导入`);
  if (entries.has('word/document.xml')) fail(MESSAGES.otherOffice(fileName, ' Word 文档'));
  if (entries.has('ppt/presentation.xml')) fail(MESSAGES.otherOffice(fileName, ' PowerPoint 演示文稿'));
  if (entries.has('content.xml') && entries.has('mimetype')) {
    fail(`文件「${fileName}」是 OpenDocument 格式（.ods/.odt）；请用 WPS 或 LibreOffice 另存为 .xlsx 后再导入`);
  }
  fail(MESSAGES.notSpreadsheet(fileName));
}

function readSharedStrings(xml: string, fileName: string): string[] {
  const out: string[] = [];
  for (const si of startTags(xml, 'si')) {
    if (out.length >= LIMITS.sharedStrings) fail(MESSAGES.tooManyStrings(fileName));
    if (xml.charCodeAt(si.end - 2) === 47) {
      out.push('');
      continue;
    }
    const close = xml.indexOf('si>', si.end);
    out.push(richText(xml, si.end, close < 0 ? xml.length : close));
  }
  return out;
}

/** `wanted` limits the sheets read to those it accepts (the others are not even inflated). */
export function readXlsx(buf: Uint8Array, fileName: string, wanted?: (sheetName: string) => boolean): SheetData[] {
  const entries = readZipDirectory(buf, fileName);
  const text = (name: string): string | null => {
    const entry = entries.get(name);
    return entry ? readZipEntry(buf, entry, fileName).toString('utf8') : null;
  };
  const workbookPart = findWorkbookPart(entries, text, fileName);
  const workbookXml = text(workbookPart) ?? fail(MESSAGES.truncated(fileName));
  const rels = readRels(text(relsPathOf(workbookPart)) ?? '', dirOf(workbookPart));
  let strings: string[] = [];
  for (const rel of rels.values()) {
    if (rel.type.endsWith('/sharedStrings')) strings = readSharedStrings(text(rel.target) ?? '', fileName);
  }
  const sheets: SheetData[] = [];
  const budget = { left: LIMITS.workbookCells };
  for (const tag of startTags(workbookXml, 'sheet')) {
    const name = attr(workbookXml, tag.start, tag.end, 'name') ?? `Sheet${sheets.length + 1}`;
    const relId = attr(workbookXml, tag.start, tag.end, 'id');
    const rel = relId === null ? undefined : rels.get(relId);
    // Chart sheets and dialog sheets have no cells to import.
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    if (wanted && !wanted(name)) continue;
    const xml = text(rel.target);
    if (xml === null) fail(MESSAGES.truncated(fileName));
    const scan = scanSheetXml(xml, name, strings, budget);
    const state = attr(workbookXml, tag.start, tag.end, 'state');
    sheets.push({ name, rows: scan.rows, merges: scan.merges, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  if (sheets.length === 0 && !wanted) fail(MESSAGES.noSheets(fileName));
  return sheets;
}
