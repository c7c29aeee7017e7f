/**
 * The one writer of flat OpenDocument spreadsheets (.fods: one XML file) for tests; LibreOffice
 * converts them to .xlsx and .xls. Two shapes: `writeFods`, plain sheets for import fixtures
 * (strings, numbers, dates shown as dates, merged ranges), and `templateFods`, a city's styled
 * template as a clerk lays one out in WPS or LibreOffice (column widths, row heights, borders,
 * bold headers, A4 landscape, header rows repeated on every printed page).
 */
export type FodsCell = string | number | { date: string } | null;

/** 0-based inclusive ranges: [r0, c0, r1, c1]. */
export type Merge = [number, number, number, number];

export interface FodsSheet {
  name: string;
  rows: FodsCell[][];
  merges: Merge[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One cell; `attrs` carries its style name and merge span. Dates show as yyyy-mm-dd (style ce1). */
function cell(v: FodsCell, attrs: string, dateStyle = ' table:style-name="ce1"'): string {
  if (v === null) return `<table:table-cell${attrs}/>`;
  if (typeof v === 'number') return `<table:table-cell${attrs} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  if (typeof v === 'object') return `<table:table-cell${attrs}${dateStyle} office:value-type="date" office:date-value="${v.date}"><text:p>${v.date}</text:p></table:table-cell>`;
  return `<table:table-cell${attrs} office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
}

/** Row `r`'s cells, `width` wide: the top-left cell of a merge spans it, the others are covered. */
function rowCells(r: number, width: number, merges: readonly Merge[], valueAt: (c: number) => FodsCell, styleAttr = ''): string {
  const cells: string[] = [];
  for (let c = 0; c < width; c++) {
    const m = merges.find(([r0, c0, r1, c1]) => r >= r0 && r <= r1 && c >= c0 && c <= c1);
    if (m && (m[0] !== r || m[1] !== c)) {
      cells.push(`<table:covered-table-cell${styleAttr}/>`);
      continue;
    }
    const span = m ? ` table:number-rows-spanned="${m[2] - m[0] + 1}" table:number-columns-spanned="${m[3] - m[1] + 1}"` : '';
    cells.push(cell(valueAt(c), styleAttr + span));
  }
  return cells.join('');
}

function table(sheet: FodsSheet): string {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const rows = sheet.rows.map((row, r) => `<table:table-row>${rowCells(r, width, sheet.merges, (c) => row[c] ?? null)}</table:table-row>`);
  return `<table:table table:name="${esc(sheet.name)}">${rows.join('\n')}</table:table>`;
}

export function writeFods(sheets: FodsSheet[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
  <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
${sheets.map(table).join('\n')}
</office:spreadsheet></office:body></office:document>
`;
}

export type TemplateCell = string | number | null;

export interface TemplateSpec {
  name: string;
  /** Column widths in centimetres. */
  widthsCm: number[];
  rows: { cells: TemplateCell[]; style: 'title' | 'info' | 'header' | 'body' | 'total' | 'note'; heightCm?: number }[];
  merges: Merge[];
  /** 0-based rows repeated at the top of every printed page. */
  headerRows: [number, number];
}

const CELL_STYLES: Record<TemplateSpec['rows'][number]['style'], string> = {
  title: '<style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="宋体" fo:font-size="18pt" fo:font-weight="bold" style:font-name-asian="宋体" style:font-size-asian="18pt" style:font-weight-asian="bold"/>',
  info: '<style:table-cell-properties style:vertical-align="middle"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/>',
  header: '<style:table-cell-properties fo:border="0.74pt solid #000000" fo:background-color="#d9e1f2" style:vertical-align="middle" fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" style:font-size-asian="11pt" style:font-weight-asian="bold"/>',
  body: '<style:table-cell-properties fo:border="0.74pt solid #000000" style:vertical-align="middle" fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/>',
  total: '<style:table-cell-properties fo:border="0.74pt solid #000000" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" style:font-size-asian="11pt" style:font-weight-asian="bold"/>',
  note: '<style:table-cell-properties style:vertical-align="top" fo:wrap-option="wrap"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>',
};

export function templateFods(spec: TemplateSpec): string {
  const width = spec.widthsCm.length;
  const columnStyles = spec.widthsCm.map((w, i) => `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`).join('');
  const rowStyles = spec.rows.map((r, i) => `<style:style style:name="ro${i}" style:family="table-row"><style:table-row-properties style:row-height="${r.heightCm ?? 0.7}cm" style:use-optimal-row-height="false"/></style:style>`).join('');
  const cellStyles = Object.entries(CELL_STYLES).map(([k, v]) => `<style:style style:name="ce-${k}" style:family="table-cell" style:parent-style-name="Default">${v}</style:style>`).join('');
  const row = (r: number) => {
    const { cells, style } = spec.rows[r]!;
    return `<table:table-row table:style-name="ro${r}">${rowCells(r, width, spec.merges, (c) => cells[c] ?? null, ` table:style-name="ce-${style}"`)}</table:table-row>`;
  };
  const [h0, h1] = spec.headerRows;
  const before = Array.from({ length: h0 }, (_, r) => row(r)).join('\n');
  const header = Array.from({ length: h1 - h0 + 1 }, (_, i) => row(h0 + i)).join('\n');
  const after = Array.from({ length: spec.rows.length - h1 - 1 }, (_, i) => row(h1 + 1 + i)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="宋体" svg:font-family="宋体" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>
  <style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true"/></style:style>
  ${columnStyles}${rowStyles}${cellStyles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="${esc(spec.name)}" table:style-name="ta1">
${spec.widthsCm.map((_, i) => `<table:table-column table:style-name="co${i}"/>`).join('')}
${before}
<table:table-header-rows>${header}</table:table-header-rows>
${after}
</table:table>
</office:spreadsheet></office:body></office:document>
`;
}

