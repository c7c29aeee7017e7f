import { Tabs } from 'antd';
import { useState } from 'react';
import { StatusBar } from '../common/StatusBar';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';
import './import.css';

interface Props {
  onShowEnterprises(): void;
}

/** 导入: the wizard, and the record of past imports from which a whole import can be undone. */
export function ImportPage({ onShowEnterprises }: Props) {
  const [tab, setTab] = useState<'wizard' | 'history'>('wizard');
  return (
    <div className="page import-page">
      <Tabs
        className="import-tabs"
        activeKey={tab}
        onChange={(k) => setTab(k as 'wizard' | 'history')}
        tabBarExtraContent={{ left: <h2 className="import-title">导入</h2> }}
        items={[
          { key: 'wizard', label: '导入向导', children: <ImportWizard onShowEnterprises={onShowEnterprises} onShowHistory={() => setTab('history')} /> },
          { key: 'history', label: '导入记录', children: <ImportHistory active={tab === 'history'} /> },
        ]}
      />
      <StatusBar />
    </div>
  );
}
