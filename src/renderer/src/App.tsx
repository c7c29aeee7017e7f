import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/contract/app';
import type { MenuCommand } from '../../shared/contract/bridge';
import { api, errorMessage } from './api';
import { CasesPage } from './cases/CasesPage';
import { dropLeaveGuard, leaveQuestion } from './common/leaveGuard';
import { NotYetAvailable } from './common/NotYetAvailable';
import { StatusProvider, useStatus } from './common/status';
import { EnterprisePage } from './enterprise/EnterprisePage';
import { EnterprisesPage } from './enterprises/EnterprisesPage';
import { activeGrid, installUndoShortcuts, isMac, justUndoneByKey } from './grid/activeGrid';
import { setOptionLists } from './grid/options';
import { AppFrame, SCREENS, type ScreenKey } from './layout/AppFrame';
import { LinesPage } from './lines/LinesPage';
import { NavigationContext, type Navigation } from './navigation';
import { CasePanelHost } from './cases/CasePanelHost';
import { WorkbenchPage } from './workbench/WorkbenchPage';
import { FirstRunCard } from './help/FirstRunCard';
import { ShortcutsDialog } from './help/ShortcutsDialog';
import './grid/setup';

/*
 * Screens a user opens now and then are loaded when first opened: their code (ECharts for 统计,
 * the report and import wizards) is not parsed before the opening screen's rows are painted.
 */
const SettingsPage = lazy(() => import('./settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const BackupPage = lazy(() => import('./backup/BackupPage').then((m) => ({ default: m.BackupPage })));
const ImportPage = lazy(() => import('./import/ImportPage').then((m) => ({ default: m.ImportPage })));
const TasksPage = lazy(() => import('./tasks/TasksPage').then((m) => ({ default: m.TasksPage })));
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const HelpPage = lazy(() => import('./help/HelpPage').then((m) => ({ default: m.HelpPage })));
const BoardPage = lazy(() => import('./packages/BoardPage').then((m) => ({ default: m.BoardPage })));
const StatisticsPage = lazy(() => import('./statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));

type Place = { screen: ScreenKey } | { screen: 'enterprise'; id: number };

/** #lines, #settings, #enterprise/12: where the app opens (also what the benchmark navigates to). */
function placeFromHash(): Place {
  const h = location.hash.replace(/^#\/?/, '');
  const m = /^enterprise\/(\d+)$/.exec(h);
  if (m) return { screen: 'enterprise', id: Number(m[1]) };
  const s = SCREENS.find((x) => x.key === h);
  return { screen: s ? s.key : 'workbench' };
}

/** The grids stay mounted once opened, so drafts, filters and undo survive moving between screens. */
const KEPT: ScreenKey[] = ['enterprises', 'lines', 'cases'];

/** Edit-menu commands: text fields keep their own undo; otherwise the grid last used acts. */
function runMenuCommand(command: MenuCommand): boolean {
  if (command !== 'edit:undo' && command !== 'edit:redo') return false;
  if (justUndoneByKey()) return true;
  const el = document.activeElement;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) document.execCommand(command === 'edit:undo' ? 'undo' : 'redo');
  else if (command === 'edit:undo') activeGrid()?.undo();
  else activeGrid()?.redo();
  return true;
}

function Screens() {
  const [place, setPlace] = useState<Place>(placeFromHash);
  const [visited, setVisited] = useState<Set<ScreenKey>>(() => new Set(place.screen === 'enterprise' ? [] : [place.screen]));
  const [info, setInfo] = useState<AppInfo | null>(null);
  const { setStatus } = useStatus();
  const { modal } = AntApp.useApp();

  const move = useCallback((next: Place) => {
    setPlace(next);
    if (next.screen !== 'enterprise') setVisited((v) => (v.has(next.screen) ? v : new Set(v).add(next.screen)));
    history.replaceState(null, '', next.screen === 'enterprise' ? `#enterprise/${next.id}` : `#${next.screen}`);
  }, []);
  const here = useRef(place);
  here.current = place;
  // Leaving a screen with unfinished work (the import wizard) asks first.
  const go = useCallback(
    (next: Place) => {
      const question = next.screen === here.current.screen ? null : leaveQuestion();
      if (!question) return move(next);
      modal.confirm({
        title: '离开导入？',
        content: question,
        okText: '放弃并离开',
        okButtonProps: { danger: true },
        cancelText: '继续导入',
        onOk: () => {
          dropLeaveGuard();
          move(next);
        },
      });
    },
    [modal, move],
  );

  const loadInfo = useCallback(() => {
    api.call('app:info', {}).then(setInfo, (err) => setStatus({ kind: 'error', text: `无法读取数据文件信息：${errorMessage(err)}` }));
  }, [setStatus]);

  useEffect(() => installUndoShortcuts(isMac), []);
  // F1 lists the keys, as in most Windows programs (in Electron the menu's accelerator sends it).
  const [shortcuts, setShortcuts] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1') return;
      e.preventDefault();
      setShortcuts(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    loadInfo();
    api.call('settings:lists', {}).then(setOptionLists, (err) => setStatus({ kind: 'error', text: `无法读取下拉选项：${errorMessage(err)}` }));
    return window.shell?.onMenuCommand((command) => {
      if (runMenuCommand(command)) return;
      if (command === 'navigate:enterprises') go({ screen: 'enterprises' });
      if (command === 'navigate:lines') go({ screen: 'lines' });
      if (command === 'navigate:cases') go({ screen: 'cases' });
      if (command === 'navigate:settings') go({ screen: 'settings' });
      if (command === 'navigate:help') go({ screen: 'help' });
      if (command === 'help:shortcuts') setShortcuts(true);
    });
  }, [go, loadInfo, setStatus]);

  const navigation = useMemo<Navigation>(() => ({ navigate: (screen) => go({ screen }), openEnterprise: (id) => go({ screen: 'enterprise', id }) }), [go]);
  const menuKey: ScreenKey = place.screen === 'enterprise' ? 'enterprises' : place.screen;

  const kept: Record<string, ReactNode> = { enterprises: <EnterprisesPage />, lines: <LinesPage />, cases: <CasesPage /> };
  let other: ReactNode = null;
  if (place.screen === 'enterprise') other = <EnterprisePage key={place.id} enterpriseId={place.id} onBack={() => go({ screen: 'enterprises' })} />;
  else if (place.screen === 'settings') other = <SettingsPage info={info} onSaved={loadInfo} />;
  else if (place.screen === 'workbench') {
    const workbench = <WorkbenchPage year={info?.settings.year ?? new Date().getFullYear()} />;
    // A new ledger (no county name yet) starts with the first-day card above 工作台.
    other =
      info && !info.readOnly && !info.settings.countyName ? (
        <div className="with-first-run">
          <FirstRunCard
            settings={info.settings}
            onStart={(next) => {
              loadInfo();
              go({ screen: next });
            }}
          />
          <div className="with-first-run-page">{workbench}</div>
        </div>
      ) : (
        workbench
      );
  } else if (place.screen === 'help') other = <HelpPage info={info} onShortcuts={() => setShortcuts(true)} />;
  else if (place.screen === 'backup') other = <BackupPage />;
  else if (place.screen === 'import') other = <ImportPage cityLedger={info?.settings.level === '市'} onShowEnterprises={() => go({ screen: 'enterprises' })} onShowBoard={() => go({ screen: 'board' })} />;
  else if (place.screen === 'board') other = <BoardPage cityLedger={info?.settings.level === '市'} />;
  else if (place.screen === 'tasks') other = <TasksPage initialYear={info?.settings.year ?? new Date().getFullYear()} />;
  else if (place.screen === 'reports') other = <ReportsPage initialYear={info?.settings.year ?? new Date().getFullYear()} />;
  else if (place.screen === 'statistics') other = <StatisticsPage initialYear={info?.settings.year ?? new Date().getFullYear()} />;
  else if (!KEPT.includes(place.screen)) other = <NotYetAvailable title={SCREENS.find((s) => s.key === place.screen)!.label} />;

  return (
    <NavigationContext.Provider value={navigation}>
      <AppFrame info={info} screen={menuKey} onNavigate={(screen) => go({ screen })}>
        {KEPT.filter((k) => visited.has(k)).map((k) => (
          <div key={k} className="screen" hidden={place.screen !== k}>
            {kept[k]}
          </div>
        ))}
        <Suspense
          fallback={
            <div className="screen-loading">
              <Spin size="large" />
            </div>
          }
        >
          {other}
        </Suspense>
        <CasePanelHost />
        <ShortcutsDialog open={shortcuts} onClose={() => setShortcuts(false)} />
      </AppFrame>
    </NavigationContext.Provider>
  );
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { borderRadius: 4, colorPrimary: '#1f5fa8' } }}>
      <AntApp style={{ height: '100%' }}>
        <StatusProvider>
          <Screens />
        </StatusProvider>
      </AntApp>
    </ConfigProvider>
  );
}
