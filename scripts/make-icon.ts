import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Draws the app icon (resources/icon.png, 512 × 512) with Chromium so it can be regenerated
 * without an image editor: a navy tile with a white ledger mark and a red seal corner.
 * electron-builder derives the Windows .ico from it.
 */
const html = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:512px;height:512px;border-radius:96px;background:linear-gradient(160deg,#24508a,#14304f);
 display:flex;align-items:center;justify-content:center;position:relative;overflow:hidden;font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif">
 <div style="color:#fff;font-size:250px;font-weight:900;line-height:1;letter-spacing:-10px">台账</div>
 <div style="position:absolute;right:-70px;bottom:-70px;width:200px;height:200px;border-radius:50%;background:#c8302b"></div>
</div></body></html>`;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(html);
  await page.screenshot({ path: resolve('resources/icon.png'), omitBackground: true });
  await browser.close();
}

void main();
