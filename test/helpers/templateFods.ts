/**
 * A city's Excel template as a flat OpenDocument spreadsheet, the way a clerk lays one out in
 * WPS or LibreOffice: a merged title, a 填报单位/填报日期 line, a two-row merged header in bold
 * with borders, blank bordered data rows, a 合计 row, footnotes; column widths, row heights,
 * A4 landscape and the header repeated on every page. LibreOffice converts it to .xlsx and .xls.
 */
export type TemplateCell = string | number | null;

export interface TemplateSpec {
  name: string;
  /** Column widths in centimetres. */
  widthsCm: number[];
  rows: { cells: TemplateCell[]; style: 'title' | 'info' | 'header' | 'body' | 'total' | 'note'; heightCm?: number }[];
  /** 0-based inclusive [r0, c0, r1, c1]. */
  merges: [number, number, number, number][];
  /** 0-based rows repeated at the top of every printed page. */
  headerRows: [number, number];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CELL_STYLES: Record<TemplateSpec['rows'][number]['style'], string> = {
  title: '<style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="宋体" fo:font-size="18pt" fo:font-weight="bold" style:font-name-asian="宋体" style:font-size-asian="18pt" style:font-weight-asian="bold"/>',
  info: '<style:table-cell-properties style:vertical-align="middle"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/>',
  header: '<style:table-cell-properties fo:border="0.74pt solid #000000" fo:background-color="#d9e1f2" style:vertical-align="middle" fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" style:font-size-asian="11pt" style:font-weight-asian="bold"/>',
  body: '<style:table-cell-properties fo:border="0.74pt solid #000000" style:vertical-align="middle" fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/>',
  total: '<style:table-cell-properties fo:border="0.74pt solid #000000" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" style:font-size-asian="11pt" style:font-weight-asian="bold"/>',
  note: '<style:table-cell-properties style:vertical-align="top" fo:wrap-option="wrap"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>',
};

function cell(v: TemplateCell, style: string, span: string): string {
  if (v === null) return `<table:table-cell table:style-name="${style}"${span}/>`;
  if (typeof v === 'number') return `<table:table-cell table:style-name="${style}"${span} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell table:style-name="${style}"${span} office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
}

export function templateFods(spec: TemplateSpec): string {
  const width = spec.widthsCm.length;
  const columnStyles = spec.widthsCm.map((w, i) => `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`).join('');
  const rowStyles = spec.rows.map((r, i) => `<style:style style:name="ro${i}" style:family="table-row"><style:table-row-properties style:row-height="${r.heightCm ?? 0.7}cm" style:use-optimal-row-height="false"/></style:style>`).join('');
  const cellStyles = Object.entries(CELL_STYLES).map(([k, v]) => `<style:style style:name="ce-${k}" style:family="table-cell" style:parent-style-name="Default">${v}</style:style>`).join('');
  const row = (r: number) => {
    const spec_ = spec.rows[r]!;
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const m = spec.merges.find(([r0, c0, r1, c1]) => r >= r0 && r <= r1 && c >= c0 && c <= c1);
      const style = `ce-${spec_.style}`;
      if (m && (m[0] !== r || m[1] !== c)) {
        cells.push(`<table:covered-table-cell table:style-name="${style}"/>`);
        continue;
      }
      const span = m ? ` table:number-rows-spanned="${m[2] - m[0] + 1}" table:number-columns-spanned="${m[3] - m[1] + 1}"` : '';
      cells.push(cell(spec_.cells[c] ?? null, style, span));
    }
    return `<table:table-row table:style-name="ro${r}">${cells.join('')}</table:table-row>`;
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

/** The acceptance template: a two-row merged header, 15 blank rows, 合计 and footnotes. */
export function cityTemplate(): TemplateSpec {
  const blank = (style: 'body') => ({ cells: [] as TemplateCell[], style });
  return {
    name: '退出情况',
    widthsCm: [1.2, 5.5, 4.6, 2.8, 3.4, 1.6, 1.8, 1.8, 2.6, 2.6],
    headerRows: [2, 3],
    rows: [
      { cells: ['某某市2026年落后产能退出情况统计表'], style: 'title', heightCm: 1.2 },
      { cells: ['填报单位（盖章）：', null, null, null, null, null, '填报日期：'], style: 'info' },
      { cells: ['序号', '企业名称', '统一社会信用代码', '乡镇（街道）', '落后设备（生产线）', null, '退出产能', null, '退出日期', '备注'], style: 'header', heightCm: 0.8 },
      { cells: [null, null, null, null, '名称', '数量', '数值', '单位'], style: 'header', heightCm: 0.8 },
      ...Array.from({ length: 15 }, () => blank('body')),
      { cells: ['合计'], style: 'total' },
      { cells: ['填报说明：1．本表填报本年度已退出的落后产能；2．产能单位按《产业结构调整指导目录》所列填写。'], style: 'note', heightCm: 1.1 },
      { cells: ['填表人：', null, null, null, null, '联系电话：'], style: 'note' },
    ],
    merges: [
      [0, 0, 0, 9],
      [1, 0, 1, 3],
      [1, 6, 1, 9],
      [2, 0, 3, 0],
      [2, 1, 3, 1],
      [2, 2, 3, 2],
      [2, 3, 3, 3],
      [2, 4, 2, 5],
      [2, 6, 2, 7],
      [2, 8, 3, 8],
      [2, 9, 3, 9],
      [19, 0, 19, 3],
      [20, 0, 20, 9],
      [21, 0, 21, 3],
      [21, 5, 21, 9],
    ],
  };
}

/**
 * The city's 附件2 of issue 13, as a LibreOffice user made it: 附件2 label, a title naming its
 * year, 县（市、区）, a two-row header with 名称 and 数量（台/套） under 落后生产设备（生产线）, tall
 * header rows, 15 blank rows, 合计 and a 填报说明 that lists the allowed exit methods.
 */
export function annexTwoTemplate(): TemplateSpec {
  return {
    name: '附件2',
    widthsCm: [1.2, 2.6, 5.2, 3.2, 2.0, 2.4, 2.6, 3.0],
    headerRows: [2, 3],
    rows: [
      { cells: ['附件2'], style: 'info' },
      { cells: ['聊城市2022年落后产能退出情况表'], style: 'title', heightCm: 1.3 },
      { cells: ['序号', '县（市、区）', '企业名称', '落后生产设备（生产线）', null, '产能（万吨）', '退出方式', '备注'], style: 'header', heightCm: 1.1 },
      { cells: [null, null, null, '名称', '数量（台/套）'], style: 'header', heightCm: 1.6 },
      ...Array.from({ length: 15 }, () => ({ cells: [] as TemplateCell[], style: 'body' as const, heightCm: 0.9 })),
      { cells: ['合计'], style: 'total' },
      { cells: ['填报说明：1．退出方式填写“拆除”“封存”或“关停”；2．产能以万吨计。'], style: 'note', heightCm: 1.2 },
    ],
    merges: [
      [1, 0, 1, 7],
      [2, 0, 3, 0],
      [2, 1, 3, 1],
      [2, 2, 3, 2],
      [2, 3, 2, 4],
      [2, 5, 3, 5],
      [2, 6, 3, 6],
      [2, 7, 3, 7],
      [19, 0, 19, 2],
      [20, 0, 20, 7],
    ],
  };
}
