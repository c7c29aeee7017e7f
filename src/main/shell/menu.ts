import { Menu, dialog, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/bridge';
import { collectDiagnostics } from '../diagnostics';
import { writeFileAtomicSync } from '../fs/atomicWrite';
import { APP_VERSION } from '../version';

interface MenuContext {
  dbPath: string;
  logDir: string;
  schemaVersion(): number;
}

async function exportDiagnostics(win: BrowserWindow, m: MenuContext): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: '导出诊断信息',
    defaultPath: `落后产能退出台账-诊断信息-${stamp}.txt`,
    filters: [{ name: '文本文件', extensions: ['txt'] }],
  });
  if (canceled || !filePath) return;
  const text = collectDiagnostics({ logDir: m.logDir, appVersion: APP_VERSION, schemaVersion: m.schemaVersion(), versions: { ...process.versions }, now: new Date() });
  writeFileAtomicSync(filePath, text);
  shell.showItemInFolder(filePath);
}

function send(win: BrowserWindow, command: MenuCommand): void {
  win.webContents.send('menu:command', command);
}

/** The Chinese application menu. */
export function installMenu(win: BrowserWindow, m: MenuContext): void {
  const { dbPath } = m;
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        { label: '设置…', accelerator: 'CmdOrCtrl+,', click: () => send(win, 'navigate:settings') },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', accelerator: 'CmdOrCtrl+Z', click: () => send(win, 'edit:undo') },
        { label: '重做', accelerator: 'CmdOrCtrl+Y', click: () => send(win, 'edit:redo') },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '企业名录', accelerator: 'CmdOrCtrl+1', click: () => send(win, 'navigate:enterprises') },
        { label: '落后设备（生产线）', accelerator: 'CmdOrCtrl+2', click: () => send(win, 'navigate:lines') },
        { label: '整改事项', accelerator: 'CmdOrCtrl+3', click: () => send(win, 'navigate:cases') },
        { type: 'separator' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        { label: '使用说明', click: () => send(win, 'navigate:help') },
        { label: '快捷键', accelerator: 'F1', click: () => send(win, 'help:shortcuts') },
        { type: 'separator' },
        { label: '导出诊断信息…', click: () => void exportDiagnostics(win, m) },
        { type: 'separator' },
        {
          label: '关于',
          click: () =>
            void dialog.showMessageBox(win, {
              type: 'info',
              title: '关于',
              message: `落后产能退出台账 ${APP_VERSION}`,
              detail: `离线运行，不联网。\n数据文件：${dbPath}`,
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
