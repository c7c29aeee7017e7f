/**
 * First step of `npm test`: the system programs the end-to-end and export tests drive.
 *
 * 1. Look for Chromium, a CJK font, LibreOffice (Calc and Writer) and poppler.
 * 2. All there: say nothing and exit 0.
 * 3. Missing on Debian as root: install the missing Debian packages with apt-get, then look again.
 * 4. Missing elsewhere: print the one apt command to run, and exit 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Prerequisite {
  package: string;
  what: string;
  present(): boolean;
}

function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

const PREREQUISITES: Prerequisite[] = [
  { package: 'chromium', what: 'Chromium（端到端测试）', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { package: 'fonts-noto-cjk', what: '中文字体（截图和导出渲染）', present: hasCjkFont },
  { package: 'libreoffice-calc', what: 'LibreOffice Calc（渲染导出的表格）', present: () => onPath('soffice') && existsSync('/usr/lib/libreoffice/program/libsclo.so') },
  { package: 'libreoffice-writer', what: 'LibreOffice Writer（渲染导出的 Word 文档）', present: () => onPath('soffice') && existsSync('/usr/lib/libreoffice/program/libswlo.so') },
  { package: 'poppler-utils', what: 'poppler（PDF 转图片和文字）', present: () => onPath('pdftoppm') && onPath('pdftotext') },
];

function main(): void {
  const missing = PREREQUISITES.filter((p) => !p.present());
  if (missing.length === 0) return;
  const names = missing.map((p) => p.package);
  console.log(`测试需要的系统程序缺少：${missing.map((p) => p.what).join('、')}`);
  const command = `apt-get update && apt-get install -y ${names.join(' ')}`;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isDebian || !isRoot) {
    console.log(`请先安装后再运行 npm test：\n  sudo ${command}`);
    process.exit(1);
  }
  console.log(`正在安装：${names.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...names]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.log(`安装失败（apt-get ${args[0]}）。请手动运行：\n  ${command}`);
      process.exit(1);
    }
  }
  const still = PREREQUISITES.filter((p) => !p.present());
  if (still.length > 0) {
    console.log(`安装后仍然找不到：${still.map((p) => p.what).join('、')}（CHROMIUM_PATH 指向的文件存在吗？）`);
    process.exit(1);
  }
}

main();
