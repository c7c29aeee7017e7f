import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import * as XLSX from 'xlsx';

/**
 * Renders exports the way a person would see them: LibreOffice to PDF, poppler to text and PNG.
 * The official Chinese faces (仿宋_GB2312, 黑体, 方正小标宋简体, 宋体) and Calibri are not on a
 * Linux build machine; a private fontconfig file maps them to the Noto CJK faces and to a
 * Calibri-width sans, so page breaks and widths come out close to Windows. Each call uses its
 * own LibreOffice profile, so test files can convert in parallel.
 */
const run = promisify(execFile);

export { hasSoffice } from './libreoffice';

let fontConfig: string | undefined;
function fontConfigFile(): string {
  if (fontConfig) return fontConfig;
  const dir = mkdtempSync(join(tmpdir(), 'render-fonts-'));
  const alias = (from: string, to: string) => `<alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`;
  writeFileSync(
    join(dir, 'fonts.conf'),
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${alias('仿宋_GB2312', 'Noto Serif CJK SC')}${alias('方正小标宋简体', 'Noto Serif CJK SC')}${alias('宋体', 'Noto Serif CJK SC')}
${alias('黑体', 'Noto Sans CJK SC')}${alias('Calibri', 'Liberation Sans Narrow')}
</fontconfig>`,
  );
  return (fontConfig = join(dir, 'fonts.conf'));
}

/** Converts files to PDF in one LibreOffice run; returns the PDF paths in the same order. */
export async function toPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    env: { ...process.env, FONTCONFIG_FILE: fontConfigFile() },
    timeout: 120_000,
  });
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf')));
}

export async function toPng(pdf: string, prefix: string, dpi = 60): Promise<void> {
  await run('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
}

/** The text of each page, laid out as printed (pdftotext -layout). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** Width and height of each page in points. */
export function pdfPageSizes(pdf: string): { width: number; height: number }[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** One part of a zip package (.docx, .xlsx) as text. */
export function zipPart(file: string, part: string): string {
  const cfb = XLSX.CFB.read(readFileSync(file), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, part.startsWith('/') ? part : `/${part}`);
  if (!entry?.content) throw new Error(`${file} 中没有 ${part}`);
  return Buffer.from(entry.content as Uint8Array).toString('utf8');
}

/** Text without the spaces and line breaks pdftotext puts between columns and wrapped lines. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * How far down each page its text reaches, in points from the top, leaving out the page
 * number in the footer (a line of only dashes and digits). For checking that pages are filled.
 */
export function pdfTextBottoms(pdf: string): number[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return xml.split('<page ').slice(1).map((page) => {
    let bottom = 0;
    for (const m of page.matchAll(/<word [^>]*yMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
      if (/^[—\-–\s\d第页共，,]*$/.test(m[2]!)) continue;
      bottom = Math.max(bottom, Number(m[1]));
    }
    return bottom;
  });
}
