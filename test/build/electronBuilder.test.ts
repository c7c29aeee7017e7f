import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/main/paths';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The Windows release cannot be built here (no Electron download); its configuration can be checked. */
describe('electron-builder configuration', () => {
  it('builds a per-user NSIS installer and a portable exe for x64', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, oneClick: false });
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
  });

  it('installs in Chinese with Start-menu and desktop shortcuts', () => {
    expect(config.nsis.installerLanguages).toEqual(['zh_CN']);
    expect(config.nsis.createStartMenuShortcut).toBe(true);
    expect(config.nsis.createDesktopShortcut).toBe('always');
    expect(config.nsis.shortcutName).toBe('落后产能退出台账');
  });

  it('names the product in Chinese with a stable app id and the icon in resources', () => {
    expect(config.productName).toBe('落后产能退出台账');
    expect(config.productName).toBe(pkg.productName);
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    const png = readFileSync(config.icon);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256); // width
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(256); // height
  });

  it('packs into asar, keeps the native module unpacked, and leaves sources and tests out', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    for (const excluded of ['!src', '!test', '!bench', '!scripts', '!**/*.map']) expect(config.files).toContain(excluded);
    expect(config.files).toContain('out/**/*');
  });

  it('keeps user data out of the install folder, so upgrades and uninstalls keep it', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    const dir = defaultDataDir({ APPDATA: 'C:\\Users\\kx\\AppData\\Roaming' }, 'win32');
    expect(dir).toContain('AppData');
    expect(dir).toContain('落后产能退出台账');
  });

  it('is reachable as npm run dist:win', () => {
    expect(pkg.scripts['dist:win']).toContain('electron-builder --win');
  });
});
