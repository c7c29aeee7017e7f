import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/main/openLedger';
import { createContext } from '../../../src/main/services/context';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { registerCase } from '../../../src/main/services/caseWorkflow';
import { addEvidence, listEvidence, openEvidence, previewEvidence, removeEvidence } from '../../../src/main/services/evidence';
import { detectFileType } from '../../../src/main/evidence/fileTypes';
import { storedPath } from '../../../src/main/evidence/store';
import type { ShellPort } from '../../../src/main/services/shellPort';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-evidence-'));
  const dbPath = join(dir, 'ledger.sqlite');
  const opened: string[] = [];
  const shell: ShellPort = {
    chooseSaveFile: async () => null,
    chooseOpenFile: async () => null,
    openPath: async (p) => void opened.push(p),
    showItemInFolder: () => {},
    printWindow: async () => null,
  };
  const ctx = createContext(openLedger(dbPath).db, { dbPath, shell });
  const enterpriseId = createEnterprise(ctx, { name: '永兴钢丝绳厂' }).row.id;
  const { id } = registerCase(ctx, { enterpriseId, dimension: '技术' });
  return { ctx, caseId: id, opened, dir };
}

describe('evidence files', () => {
  it('stores a photo once by content hash, read-only, keeps its name, and previews it as a data URL', () => {
    const { ctx, caseId, dir } = setup();
    const a = addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '拆除前照片', name: 'C:\\照片\\拆除前.PNG', base64: PNG.toString('base64') });
    const b = addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '拆除后照片', name: '同一张.png', base64: PNG.toString('base64') });
    expect(a).toMatchObject({ name: '拆除前.PNG', type: 'png', isImage: true, bytes: PNG.length });
    expect(b.sha256).toBe(a.sha256);
    const file = storedPath(dir, a.sha256);
    expect(dirname(file)).toBe(join(dir, 'evidence', a.sha256.slice(0, 2)));
    expect(readFileSync(file)).toEqual(PNG);
    expect(statSync(file).mode & 0o222).toBe(0);
    expect(previewEvidence(ctx, a.id).dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(listEvidence(ctx, 'case', caseId).map((e) => e.category)).toEqual(['拆除前照片', '拆除后照片']);
  });

  it('opens a copy under the original name, never the stored file', async () => {
    const { ctx, caseId, opened, dir } = setup();
    const e = addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '整改通知书', name: '整改通知书.pdf', base64: PDF.toString('base64') });
    expect(previewEvidence(ctx, e.id).dataUrl).toBeNull();
    await openEvidence(ctx, e.id);
    expect(opened[0]).toMatch(/整改通知书\.pdf$/);
    expect(opened[0]!.startsWith(dir)).toBe(false);
    expect(readFileSync(opened[0]!)).toEqual(PDF);
  });

  it('a name with a NUL, a right-to-left override or a device name is stored and opened under a safe name', async () => {
    const { ctx, caseId, opened } = setup();
    const nul = addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '现场照片', name: '拆除\u0000前.png', base64: PNG.toString('base64') });
    const rlo = addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '现场照片', name: '\u202egnp.exe.png', base64: PNG.toString('base64') });
    const con = addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '现场照片', name: 'con.png', base64: PNG.toString('base64') });
    expect([nul.name, rlo.name, con.name]).toEqual(['拆除前.png', 'gnp.exe.png', '_con.png']);
    await openEvidence(ctx, nul.id);
    expect(opened[0]).toMatch(/拆除前\.png$/);
  });

  it('refuses a renamed program, a mismatched document, an oversized file and an unknown owner, in Chinese', () => {
    const { ctx, caseId } = setup();
    const exe = Buffer.from('MZ\x90\x00这不是照片').toString('base64');
    expect(() => addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '其他材料', name: '照片.jpg', base64: exe })).toThrow(/不支持文件“照片.jpg”的类型/);
    expect(detectFileType(PDF, '通知.docx')).toBe('文件“通知.docx”的内容是 PDF，请使用 .pdf 扩展名');
    expect(detectFileType(PNG, '复查记录.pdf')).toMatch(/内容是图片（png），与扩展名 \.pdf 不符/);
    expect(detectFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), '资料.zip')).toMatch(/不接受其他压缩文件/);
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0);
    big.set(PNG.subarray(0, 8));
    expect(() => addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '其他材料', name: '大.png', base64: big.toString('base64') })).toThrow(/超过 50 MB 的上限/);
    expect(() => addEvidence(ctx, { owner: 'capacityLine', ownerId: 999, category: '其他材料', name: 'a.png', base64: PNG.toString('base64') })).toThrow(
      /找不到编号为 999 的设备（生产线）/,
    );
  });

  it('removes by unlinking only: the stored file stays for the backups that refer to it', () => {
    const { ctx, caseId, dir } = setup();
    const e = addEvidence(ctx, { owner: 'case', ownerId: caseId, category: '验收意见', name: '验收意见.pdf', base64: PDF.toString('base64') });
    expect(removeEvidence(ctx, e.id)).toEqual({ removed: true });
    expect(listEvidence(ctx, 'case', caseId)).toEqual([]);
    expect(existsSync(storedPath(dir, e.sha256))).toBe(true);
    expect(() => removeEvidence(ctx, e.id)).toThrow(/可能已被移除/);
  });
});
