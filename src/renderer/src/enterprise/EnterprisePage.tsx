import { Button, Descriptions, Result, Spin, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { ENTERPRISE_LABELS as L, type Enterprise } from '../../../shared/entities/enterprise';
import { api, errorMessage } from '../api';
import { caseGridSpec } from '../cases/gridSpec';
import { StatusBar } from '../common/StatusBar';
import { LedgerGrid } from '../grid/LedgerGrid';
import { subscribe } from '../grid/rowBus';
import { lineGridSpec } from '../lines/gridSpec';
import { EnterpriseHistory } from './EnterpriseHistory';

interface Props {
  enterpriseId: number;
  onBack(): void;
}

/** 企业页: one enterprise with its lines, its cases and its history, all editable in place. */
export function EnterprisePage({ enterpriseId, onBack }: Props) {
  const [enterprise, setEnterprise] = useState<Enterprise | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    api.call('enterprises:get', { id: enterpriseId }).then(setEnterprise, (err) => setError(errorMessage(err)));
    // Any change saved anywhere may concern this enterprise: refresh the header and history.
    return subscribe((m) => {
      const own = m.kind === 'rows' ? m.rows.enterprises?.find((e) => e.id === enterpriseId) : undefined;
      if (own) setEnterprise(own);
      setVersion((v) => v + 1);
    });
  }, [enterpriseId]);

  if (error) return <Result status="warning" title="无法打开该企业" subTitle={error} extra={<Button onClick={onBack}>返回企业名录</Button>} />;
  if (!enterprise) return <Spin style={{ margin: 48 }} />;
  return <EnterpriseView enterprise={enterprise} version={version} onBack={onBack} />;
}

function EnterpriseView({ enterprise: e, version, onBack }: { enterprise: Enterprise; version: number; onBack(): void }) {
  const scope = { enterpriseId: e.id, enterpriseName: e.name };
  const [lines] = useState(() => lineGridSpec(scope));
  const [cases] = useState(() => caseGridSpec(scope));
  const v = (x: string | null) => x || '—';
  return (
    <div className="page enterprise-page" data-testid="enterprise-page">
      <div className="page-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          企业名录
        </Button>
        <h2>{e.name}</h2>
        {e.deletedAt && <Tag color="red">已在回收站</Tag>}
        {e.industry && <Tag color="blue">{e.industry}</Tag>}
        {e.status && <Tag color={e.status === '在产' ? 'green' : 'orange'}>{e.status}</Tag>}
      </div>
      <Descriptions className="enterprise-facts" size="small" column={4} bordered>
        <Descriptions.Item label={L.uscc}>
          <span className="mono">{v(e.uscc)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={L.town}>{v(e.town)}</Descriptions.Item>
        <Descriptions.Item label={L.legalRep}>{v(e.legalRep)}</Descriptions.Item>
        <Descriptions.Item label="联系人 / 电话">
          {v(e.contact)} / {v(e.phone)}
        </Descriptions.Item>
        <Descriptions.Item label={L.performanceClass}>{v(e.performanceClass)}</Descriptions.Item>
        <Descriptions.Item label={L.envCredit}>{v(e.envCredit)}</Descriptions.Item>
        <Descriptions.Item label={L.address} span={2}>
          {v(e.address)}
        </Descriptions.Item>
      </Descriptions>
      <div className="enterprise-body">
        <div className="enterprise-grids">
          <LedgerGrid spec={lines} title="落后设备（生产线）" compact />
          <LedgerGrid spec={cases} title="整改事项" compact />
        </div>
        <aside className="history-panel enterprise-history" data-testid="enterprise-history">
          <h3>操作历史</h3>
          <EnterpriseHistory enterpriseId={e.id} version={version} />
        </aside>
      </div>
      <StatusBar />
    </div>
  );
}
