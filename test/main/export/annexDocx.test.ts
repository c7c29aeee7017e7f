import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnnexSection, writeAnnexDocx } from '../../../src/main/export/annexDocx';
import { loadTaskPreset } from '../../../src/main/export/taskPresets';
import { writeFileAtomic } from '../../../src/main/fs/atomicWrite';
import type { TaskPreset } from '../../../src/shared/reports/tasks';
import { hasSoffice, pdfPageSizes, pdfPages, squash, toPdf, zipPart } from '../../helpers/render';

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
});
