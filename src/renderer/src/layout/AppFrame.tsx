import { Layout, Menu, Tag, Tooltip } from 'antd';
import {
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  ImportOutlined,
  PieChartOutlined,
  QuestionCircleOutlined,
  SafetyOutlined,
  SettingOutlined,
  ShopOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { AppInfo } from '../../../shared/contract/app';

export const SCREENS = [
  { key: 'workbench', label: '工作台', icon: <DashboardOutlined /> },
  { key: 'enterprises', label: '企业名录', icon: <ShopOutlined /> },
  { key: 'lines', label: '落后设备', icon: <ToolOutlined /> },
  { key: 'cases', label: '整改事项', icon: <AuditOutlined /> },
  { key: 'tasks', label: '重点工作', icon: <CalendarOutlined /> },
  { key: 'reports', label: '报表', icon: <BarChartOutlined /> },
  { key: 'statistics', label: '统计', icon: <PieChartOutlined /> },
  { key: 'board', label: '报送情况', icon: <FileDoneOutlined /> },
  { key: 'import', label: '导入', icon: <ImportOutlined /> },
  { key: 'backup', label: '备份与恢复', icon: <SafetyOutlined /> },
  { key: 'settings', label: '设置', icon: <SettingOutlined /> },
  { key: 'help', label: '使用说明', icon: <QuestionCircleOutlined /> },
] as const;
export type ScreenKey = (typeof SCREENS)[number]['key'];

interface Props {
  info: AppInfo | null;
  screen: ScreenKey;
  onNavigate(screen: ScreenKey): void;
  children: ReactNode;
}

/** The window frame: the county and year on top, the screens on the left. */
export function AppFrame({ info, screen, onNavigate, children }: Props) {
  const county = info?.settings.countyName || '（未设置县名）';
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, height: 44, lineHeight: '44px', padding: '0 16px', background: '#1f3a5f' }}>
        <AppstoreOutlined style={{ color: '#fff', fontSize: 18 }} />
        <span style={{ color: '#fff', fontSize: 16, fontWeight: 600 }}>落后产能退出台账</span>
        <span style={{ color: '#c7d2e0' }}>
          {county} · {info?.settings.year ?? ''}年度
        </span>
        {info?.readOnly && (
          <Tooltip title={info.readOnlyReason}>
            <Tag color="red">只读模式</Tag>
          </Tooltip>
        )}
        <span style={{ marginLeft: 'auto', color: '#c7d2e0', fontSize: 13 }}>操作人：{info?.settings.operatorName ?? ''}</span>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={148} theme="light" style={{ borderRight: '1px solid #e5e7eb' }}>
          <Menu
            mode="inline"
            selectedKeys={[screen]}
            // 报送情况 lists a city's counties: a county ledger has none to list.
            items={SCREENS.filter((s) => s.key !== 'board' || info?.settings.level === '市').map((s) => ({ key: s.key, icon: s.icon, label: s.label }))}
            onClick={(e) => onNavigate(e.key as ScreenKey)}
            style={{ borderInlineEnd: 'none' }}
          />
        </Layout.Sider>
        <Layout.Content style={{ minHeight: 0, display: 'flex', flexDirection: 'column' }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
