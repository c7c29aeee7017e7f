import { Button, Tabs } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, errorMessage } from '../api';
import { StatusBar } from '../common/StatusBar';
import { useStatus } from '../common/status';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';
import './import.css';

interface Props {
  onShowEnterprises(): void;
}

/** 导入: the wizard, and the record of past imports from which a whole import can be undone. */
export function ImportPage({ onShowEnterprises }: Props) {
  const [tab, setTab] = useState<'wizard' | 'history'>('wizard');
  const { setStatus } = useStatus();
  async function downloadTemplate() {
    try {
      const { file } = await api.call('import:template', {});
      if (file) setStatus({ kind: 'saved', text: `已保存导入模板：${file}。按模板填写后在此选择该文件导入` });
    } catch (err) {
      setStatus({ kind: 'error', text: `保存导入模板失败：${errorMessage(err)}` });
    }
  }
  return (
    <div className="page import-page">
      <Tabs
        className="import-tabs"
        activeKey={tab}
        onChange={(k) => setTab(k as 'wizard' | 'history')}
        tabBarExtraContent={{
          left: <h2 className="import-title">导入</h2>,
          right: (
            <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()} style={{ marginRight: 12 }}>
              下载导入模板
            </Button>
          ),
        }}
        items={[
          { key: 'wizard', label: '导入向导', children: <ImportWizard onShowEnterprises={onShowEnterprises} onShowHistory={() => setTab('history')} /> },
          { key: 'history', label: '导入记录', children: <ImportHistory active={tab === 'history'} /> },
        ]}
      />
      <StatusBar />
    </div>
  );
}
