import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { addEnterprise } from '../support/countyLedger';
import { cell, grid, shownRowIds, openGridAt1366 } from './grid';
import { startE2E, type E2E } from './support';

/**
 * Issue 14: the menu's 复制 and 粘贴 inside the app. Electron's session denies navigator.clipboard,
 * so the page goes through the shell's clipboard channels. Here the shell's bridge is stood in
 * for, and navigator.clipboard fails as it does in the app.
 */
describe('the grid menu’s 粘贴 and 复制 through the shell’s clipboard', () => {
  let e: E2E;
  const byName = (name: string) => listEnterprises(e.opened.db).find((x) => x.name === name);

  beforeAll(async () => {
    e = await startE2E();
    addEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造', legalRep: '赵建国' });
    addEnterprise(e.ctx, { name: '华通水泥有限责任公司', town: '柳林镇', industry: '水泥' });
    await e.page.addInitScript(() => {
      const w = window as unknown as { shell: unknown; __written: string[] };
      w.__written = [];
      const denied = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', { value: { readText: denied, writeText: denied } });
      w.shell = {
        onMenuCommand: () => () => {},
        readClipboardText: async () => ({ ok: true, value: '王立新\r\n刘海峰\r\n' }),
        writeClipboardText: async (text: string) => (w.__written.push(text), { ok: true, value: { written: true } }),
      };
    });
    await openGridAt1366(e.page, e.harness.url, 'enterprises');
  });
  afterAll(async () => {
    await e?.close();
  });

  it('粘贴 from the menu pastes the clipboard’s two lines down the column', async () => {
    const { page } = e;
    const ids = await shownRowIds(page, 'enterprises');
    await cell(page, 'enterprises', ids[0]!, 'legalRep').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /粘贴/ }).click();
    await expect.poll(() => ['鑫达铸造有限公司', '华通水泥有限责任公司'].map((n) => byName(n)?.legalRep)).toEqual(['王立新', '刘海峰']);
  });

  it('复制 from the menu puts the cell on the system clipboard', async () => {
    const { page } = e;
    const ids = await shownRowIds(page, 'enterprises');
    await cell(page, 'enterprises', ids[0]!, 'town').click();
    await cell(page, 'enterprises', ids[0]!, 'town').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /复制/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __written: string[] }).__written)).toEqual([expect.stringContaining('城关镇')]);
  });
});
