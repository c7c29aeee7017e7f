import { Card, Tabs } from 'antd';
import { CalendarSettings } from '../calendar/CalendarSettings';
import { RuleSetSettings } from '../rules/RuleSetSettings';
import { StatusBar } from '../common/StatusBar';
import { CountdownSettings } from './CountdownSettings';
import './workbench.css';

/**
 * The workflow's part of 设置: 节假日, 规则集, 倒计时提醒. Until the settings screen of the
 * grids branch hosts these three components, this page stands in for it.
 */
export function WorkflowSettingsPage() {
  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>设置</h2>
      </div>
      <div className="page-body">
        <Tabs
          items={[
            { key: 'calendar', label: '节假日', children: <CalendarSettings /> },
            { key: 'rules', label: '规则集', children: <RuleSetSettings /> },
            {
              key: 'countdown',
              label: '倒计时提醒',
              children: (
                <Card size="small" title="倒计时颜色分档">
                  <CountdownSettings />
                </Card>
              ),
            },
          ]}
        />
      </div>
      <StatusBar />
    </div>
  );
}
