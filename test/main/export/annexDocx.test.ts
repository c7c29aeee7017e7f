import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnnexSection, writeAnnexDocx } from '../../../src/main/export/annexDocx';
import { loadTaskPreset } from '../../../src/main/export/taskPresets';
import { writeFileAtomic } from '../../../src/main/fs/atomicWrite';
import type { TaskPreset } from '../../../src/shared/reports/tasks';
import { hasSoffice, pdfPageSizes, pdfPages, squash, toPdf, zipPart } from '../../support/render';

const PRESET = join(import.meta.dirname, '../../../resources/presets/tasks-nantong-2017.json');
let preset: TaskPreset;
let dir: string;
let file: string;
let xml: string;

beforeAll(async () => {
  preset = await loadTaskPreset(PRESET);
  dir = mkdtempSync(join(tmpdir(), '附件docx-'));
  file = join(dir, '附件3.docx');
  await writeAnnexDocx(file, preset.tasks, { title: preset.title, annexNumber: 3 });
  xml = zipPart(file, 'word/document.xml');
});

describe('annex .docx', () => {
  it('is one A4 landscape section with GB/T 9704 margins starting on a new page', () => {
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/<w:type w:val="nextPage"\/>/);
    expect(xml).toMatch(/<w:pageBreakBefore\/>/);
  });

  it('sets the label in 黑体 3号, the title in 小标宋 2号, the table in 仿宋', () => {
    expect(xml).toMatch(/<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"\/><w:sz w:val="32"\/>[\s\S]*?附件3/);
    expect(xml).toMatch(/<w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hAnsi="方正小标宋简体"\/><w:sz w:val="44"\/>/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('repeats the header row and merges the category cells down', () => {
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain('<w:gridSpan w:val="6"/>'); // section rows
    expect((xml.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(xml).toContain('<w:cantSplit/>');
  });

  it('lets no row split across pages: every row is cantSplit', () => {
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBe(1 + 2 + preset.tasks.length); // header, two section rows, the tasks
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('numbers pages 「— N —」 in 宋体 四号, right on odd pages and left on even ones', () => {
    expect(zipPart(file, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = zipPart(file, 'word/_rels/document.xml.rels');
    const footerOf = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(xml)![1]!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      return zipPart(file, `word/${target[1] ?? target[2]}`);
    };
    for (const [type, side, indent] of [['default', 'right', 'w:right="280"'], ['even', 'left', 'w:left="280"']] as const) {
      const footer = footerOf(type);
      expect(footer).toContain(`<w:jc w:val="${side}"/>`);
      expect(footer).toContain(indent);
      expect(footer).toMatch(/w:eastAsia="宋体"[\s\S]*<w:sz w:val="28"\/>/);
      expect(footer).toContain('PAGE');
      expect(footer).toMatch(/— [\s\S]*PAGE[\s\S]* —/);
    }
  });

  it('can be appended to a plan document as a section of its own', async () => {
    const plan = new Document({ sections: [{ children: [new Paragraph('正文')] }, buildAnnexSection(preset.tasks, { title: preset.title, annexNumber: 3 })] });
    const combined = join(dir, '工作方案.docx');
    await writeFileAtomic(combined, await Packer.toBuffer(plan));
    const body = zipPart(combined, 'word/document.xml');
    expect(body.indexOf('正文')).toBeLessThan(body.indexOf('附件3'));
    expect(body).toMatch(/<w:type w:val="nextPage"\/>/);
  });
});

describe.skipIf(!hasSoffice())('annex .docx printed by LibreOffice', () => {
  let pages: string[];
  let pdf: string;
  beforeAll(async () => {
    [pdf] = await toPdf([file], dir);
    pages = pdfPages(pdf!);
  });

  it('prints landscape pages with every column on the page and the header on each', () => {
    for (const size of pdfPageSizes(pdf)) expect(size.width).toBeGreaterThan(size.height);
    expect(pages[0]).toMatch(/附件\s?3/);
    expect(squash(pages[0]!)).toContain(squash(preset.title));
    for (const page of pages) expect(page).toMatch(/序号\s+主要内容\s+牵头部门\s+配合部门\s+完成时间/);
    expect(pages[0]).toMatch(/全年/);
    const text = squash(pages.join(''));
    expect(text).toContain('一、重点任务');
    expect(text).toContain('二、保障措施');
    expect(text).toContain('4月底');
  });

  it('prints every task whole on one page and the page numbers on the outer side', () => {
    // -raw keeps each cell's lines together, in the order they were drawn.
    const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f').map(squash);
    for (const t of preset.tasks) {
      const content = squash(t.content);
      expect(raw.filter((p) => p.includes(content)).length, `「${t.content}」应完整印在一页上`).toBe(1);
    }
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      const line = page.split('\n').find((l) => new RegExp(`—\\s*${i + 1}\\s*—`).test(l))!;
      expect(line, `第${i + 1}页页码`).toBeDefined();
      const at = line.indexOf('—');
      if (i % 2 === 0) expect(at, `第${i + 1}页页码应在右侧`).toBeGreaterThan(30);
      else expect(at, `第${i + 1}页页码应在左侧`).toBeLessThan(5);
    });
  });
});
