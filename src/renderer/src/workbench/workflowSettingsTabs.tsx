import { Card } from 'antd';
import type { ReactNode } from 'react';
import { CalendarSettings } from '../calendar/CalendarSettings';
import { RuleSetSettings } from '../rules/RuleSetSettings';
import { CountdownSettings } from './CountdownSettings';
import './workbench.css';

/** The workflow's part of 设置: 节假日, 规则集, 倒计时提醒, as tabs of the settings screen. */
export function workflowSettingsTabs(): { key: string; label: string; children: ReactNode }[] {
  return [
    { key: 'calendar', label: '节假日', children: <div className="page-body"><CalendarSettings /></div> },
    { key: 'rules', label: '规则集', children: <div className="page-body"><RuleSetSettings /></div> },
    {
      key: 'countdown',
      label: '倒计时提醒',
      children: (
        <div className="page-body">
          <Card size="small" title="倒计时颜色分档">
            <CountdownSettings />
          </Card>
        </div>
      ),
    },
  ];
}
