import { app, BrowserWindow, dialog } from 'electron';
import { dirname, join } from 'node:path';
import type { OpenedDatabase } from './db/connection';
import { openLedger } from './openLedger';
import { createDispatcher } from './ipc/dispatch';
import { defaultDataDir, resolveDbPath } from './paths';
import { createContext, type ServiceContext } from './services/context';
import { backupDue, backupNow } from './services/backups';
import { installMenu } from './shell/menu';
import { registerIpc } from './shell/ipc';
import { registerClipboard } from './shell/clipboard';
import { hardenContents, hardenSession } from './shell/security';
import { loadWindowState, trackWindowState } from './shell/windowState';
import { logDirOf, setupLogging } from './shell/logging';
import { electronShell } from './shell/shellPort';
import { startDailyReminders } from './shell/notify';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './shell/appProtocol';
import { toErrorInfo } from '../shared/errors';
import { removeStaleFiles } from './fs/staleFiles';
import { devServerUrlFrom } from './shell/devServer';

/**
 * The thin Electron shell: it owns the window, the menu and the single-instance lock, opens
 * the ledger database and forwards IPC to the same dispatcher the CLI and harness use.
 */
const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
const log = setupLogging(dataDir);

function dbFlag(): string | undefined {
  const i = process.argv.indexOf('--db');
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Set once the database is open; the diagnostics export reports it. */
let currentSchemaVersion = 0;

function createWindow(dbPath: string): BrowserWindow {
  const state = loadWindowState(dataDir);
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '落后产能退出台账',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click would otherwise open a link in a new window (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, dataDir);
  installMenu(win, { dbPath, logDir: logDirOf(dataDir), schemaVersion: () => currentSchemaVersion });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function start(): void {
  const dbPath = resolveDbPath(dbFlag());
  let opened: OpenedDatabase;
  try {
    opened = openLedger(dbPath);
  } catch (err) {
    dialog.showErrorBox('无法打开数据文件', `${dbPath}\n\n${toErrorInfo(err).message}`);
    app.exit(1);
    return;
  }
  currentSchemaVersion = opened.schemaVersion;
  try {
    removeStaleFiles(dbPath, dirname(dbPath));
  } catch (err) {
    log.warn('清理残留的临时文件失败', err);
  }
  let win: BrowserWindow | null = null;
  const ctx = createContext(opened.db, { dbPath, readOnlyReason: opened.readOnlyReason, shell: electronShell(() => win) });
  ctx.jobs.onError = (kind, detail) => log.error(`[job ${kind}]`, detail);
  registerIpc(createDispatcher(ctx, { onError: (channel, err) => log.error(`[${channel}]`, err) }), devServerUrl);
  registerClipboard(devServerUrl);
  win = createWindow(dbPath);
  const main = win;
  if (opened.readOnlyReason) {
    main.once('ready-to-show', () => void dialog.showMessageBox(main, { type: 'warning', title: '数据文件检查未通过', message: opened.readOnlyReason! }));
  }
  app.on('second-instance', () => {
    if (main.isMinimized()) main.restore();
    main.focus();
  });
  if (!opened.readOnlyReason && backupDue(ctx)) void backupNow(ctx, 'auto').catch((err) => log.error('自动备份失败', err));
  startDailyReminders(ctx, () => win, log);
  backupOnQuit(ctx, () => opened.db.close());
}

/** Takes the quit backup before the process ends; a failure is logged, never blocks quitting. */
function backupOnQuit(ctx: ServiceContext, close: () => void): void {
  let done = false;
  app.on('before-quit', (event) => {
    if (done || ctx.readOnlyReason) return;
    event.preventDefault();
    done = true;
    void backupNow(ctx, 'quit')
      .catch((err) => log.error('退出时备份失败', err))
      .finally(() => {
        close();
        app.exit(0);
      });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenContents(devServerUrl);
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    hardenSession(devServerUrl);
    serveRenderer(join(import.meta.dirname, '../renderer'));
    start();
  });
}
