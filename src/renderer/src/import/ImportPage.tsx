import { Alert, Button, Tabs } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, errorMessage } from '../api';
import { StatusBar } from '../common/StatusBar';
import { useStatus } from '../common/status';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';
import { RollupWizard } from './rollup/RollupWizard';
import './import.css';

interface Props {
  /** 本级 = 市: the counties' 报送包 are rolled up here. */
  cityLedger: boolean;
  onShowEnterprises(): void;
  onShowBoard(): void;
}

type Tab = 'wizard' | 'rollup' | 'history';

/** 导入: the wizard, 汇总报送包 (a city's), and the record of past imports from which a whole import can be undone. */
export function ImportPage({ cityLedger, onShowEnterprises, onShowBoard }: Props) {
  const [tab, setTab] = useState<Tab>('wizard');
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
        onChange={(k) => setTab(k as Tab)}
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
          {
            key: 'rollup',
            label: '汇总报送包',
            children: cityLedger ? (
              <RollupWizard onShowBoard={onShowBoard} onShowEnterprises={onShowEnterprises} />
            ) : (
              <div className="import-step">
                <Alert
                  type="info"
                  showIcon
                  title="汇总报送包用于市级台账"
                  description="本台账的本级为「县」：请在「报表 → 报送包」导出本县的报送包，报送市里。市级台账请先在「设置」中把本级设为「市」，再在这里汇总各县的报送包。"
                />
              </div>
            ),
          },
          { key: 'history', label: '导入记录', children: <ImportHistory active={tab === 'history'} /> },
        ]}
      />
      <StatusBar />
    </div>
  );
}
