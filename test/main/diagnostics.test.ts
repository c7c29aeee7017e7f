import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../../src/main/diagnostics';
import { writeFileAtomicSync } from '../../src/main/fs/atomicWrite';

describe('diagnostics export', () => {
  it('holds versions, the schema version and the logs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diag-'));
    mkdirSync(join(dir, 'logs'));
    writeFileSync(join(dir, 'logs', 'main.log'), '[2026-03-01] [error] [enterprises:update] TypeError: boom\n');
    const text = collectDiagnostics({ logDir: join(dir, 'logs'), appVersion: '0.1.0', schemaVersion: 4, versions: { electron: '45.4.1' }, now: new Date('2026-03-01T00:00:00Z') });
    expect(text).toContain('软件版本：0.1.0');
    expect(text).toContain('数据结构版本：4');
    expect(text).toContain('electron：45.4.1');
    expect(text).toContain('TypeError: boom');
  });

  it('reads no database: a ledger file beside the logs is not included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diag-'));
    mkdirSync(join(dir, 'logs'));
    writeFileSync(join(dir, 'ledger.sqlite'), '鑫达铸造有限公司');
    writeFileSync(join(dir, 'logs', 'ledger.sqlite'), '鑫达铸造有限公司');
    const text = collectDiagnostics({ logDir: join(dir, 'logs'), appVersion: '0.1.0', schemaVersion: 1, versions: {}, now: new Date() });
    expect(text).not.toContain('鑫达铸造');
  });

  it('writes the file atomically', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'diag-')), '诊断信息.txt');
    writeFileAtomicSync(file, '内容');
    expect(readFileSync(file, 'utf8')).toBe('内容');
  });
});
