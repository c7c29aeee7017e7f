import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract/app';
import { api, errorMessage } from './api';
import { NotYetAvailable } from './common/NotYetAvailable';
import { StatusProvider, useStatus } from './common/status';
import { EnterprisesPage } from './enterprises/EnterprisesPage';
import { BackupPage } from './backup/BackupPage';
import { WorkbenchPage } from './workbench/WorkbenchPage';
import { WorkflowSettingsPage } from './workbench/WorkflowSettingsPage';
import { ImportPage } from './import/ImportPage';
import { AppFrame, SCREENS, type ScreenKey } from './layout/AppFrame';
import { TasksPage } from './tasks/TasksPage';
import { ReportsPage } from './reports/ReportsPage';
import { StatisticsPage } from './statistics/StatisticsPage';
import './grid/setup';

function Screens() {
  const [screen, setScreen] = useState<ScreenKey>('workbench');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const { setStatus } = useStatus();

  useEffect(() => {
    api.call('app:info', {}).then(setInfo, (err) => setStatus({ kind: 'error', text: `无法读取数据文件信息：${errorMessage(err)}` }));
    return window.shell?.onMenuCommand((command) => {
      if (command === 'navigate:enterprises') setScreen('enterprises');
      if (command === 'navigate:settings') setScreen('settings');
    });
  }, [setStatus]);

  const title = SCREENS.find((s) => s.key === screen)!.label;
  return (
    <AppFrame info={info} screen={screen} onNavigate={setScreen}>
      {screen === 'workbench' ? (
        <WorkbenchPage year={info?.settings.year ?? new Date().getFullYear()} />
      ) : screen === 'enterprises' ? (
        <EnterprisesPage />
      ) : screen === 'backup' ? (
        <BackupPage />
      ) : screen === 'settings' ? (
        <WorkflowSettingsPage />
      ) : screen === 'import' ? (
        <ImportPage onShowEnterprises={() => setScreen('enterprises')} />
      ) : screen === 'tasks' ? (
        <TasksPage initialYear={info?.settings.year ?? new Date().getFullYear()} />
      ) : screen === 'reports' ? (
        <ReportsPage initialYear={info?.settings.year ?? new Date().getFullYear()} />
      ) : screen === 'statistics' ? (
        <StatisticsPage initialYear={info?.settings.year ?? new Date().getFullYear()} />
      ) : (
        <NotYetAvailable title={title} />
      )}
    </AppFrame>
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
