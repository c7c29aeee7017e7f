import { describe, expect, it } from 'vitest';
import { FILE_NAME_MAX, safeFileName } from '../../src/shared/fileName';

describe('safeFileName: one sanitiser for every name a user or a file supplies', () => {
  it('drops every control character U+0000–U+001F (and DEL)', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f';
    expect(safeFileName(`黄牌${controls}名单.xlsx`)).toBe('黄牌名单.xlsx');
    expect(safeFileName('照片\u0000.png')).toBe('照片.png');
  });

  it.each(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f'])(
    'drops the bidi control U+%s, so 「‮gnp.exe.png」 cannot pass for an .exe',
    (ch) => {
      expect(safeFileName(`${ch}gnp.exe.png`)).toBe('gnp.exe.png');
      expect(safeFileName(`现场${ch}照片.jpg`)).toBe('现场照片.jpg');
    },
  );

  it.each(['\\', '/', ':', '*', '?', '"', '<', '>', '|'])('replaces %s with _', (ch) => {
    expect(safeFileName(`甲${ch}乙.xlsx`)).toBe('甲_乙.xlsx');
  });

  it.each(['CON', 'PRN', 'AUX', 'NUL', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`COM${n}`, `LPT${n}`])])(
    'keeps clear of the reserved device name %s, with or without an extension, in any case',
    (name) => {
      expect(safeFileName(name)).toBe(`_${name}`);
      expect(safeFileName(name.toLowerCase())).toBe(`_${name.toLowerCase()}`);
      expect(safeFileName(`${name.toLowerCase()}.png`)).toBe(`_${name.toLowerCase()}.png`);
      expect(safeFileName(`${name}.tar.gz`)).toBe(`_${name}.tar.gz`);
      expect(safeFileName(`${name} .txt`)).toBe(`_${name} .txt`);
    },
  );

  it('leaves names that only look like device names', () => {
    expect(safeFileName('COM10.txt')).toBe('COM10.txt');
    expect(safeFileName('CONSOLE.txt')).toBe('CONSOLE.txt');
    expect(safeFileName('报表CON.xlsx')).toBe('报表CON.xlsx');
  });

  it('removes trailing dots and spaces, which Windows would strip', () => {
    expect(safeFileName('示例县2026年黄牌名单. . ')).toBe('示例县2026年黄牌名单');
    expect(safeFileName('  名单.xlsx  ')).toBe('名单.xlsx');
  });

  it('caps the length at 120 characters and keeps the extension', () => {
    const long = safeFileName(`${'落后产能'.repeat(60)}.xlsx`);
    expect(Array.from(long)).toHaveLength(FILE_NAME_MAX);
    expect(long.endsWith('.xlsx')).toBe(true);
    const emoji = safeFileName('📷'.repeat(200));
    expect(Array.from(emoji)).toHaveLength(FILE_NAME_MAX);
    expect(emoji).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('gives a name that is nothing but what it drops a fallback', () => {
    expect(safeFileName('\u0000\u202e. ')).toBe('未命名');
    expect(safeFileName('', '图表')).toBe('图表');
  });

  it('keeps an ordinary Chinese name as it is', () => {
    expect(safeFileName('示例县2026年度落后产能退出企业名单（第一批）.xlsx')).toBe('示例县2026年度落后产能退出企业名单（第一批）.xlsx');
  });
});
