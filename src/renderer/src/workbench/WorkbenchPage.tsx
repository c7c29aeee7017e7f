import type { PublicList } from '../../../shared/rules/cards';
import { Button, Tabs } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { MilestoneRow } from '../../../shared/contract/milestones';
import { StatusBar } from '../common/StatusBar';
import { CaseWorkflowPanel } from '../cases/CaseWorkflowPanel';
import { MilestoneDetail } from '../milestones/MilestoneDetail';
import { MilestonesTab } from '../milestones/MilestonesTab';
import { CardListTab } from './CardListTab';
import { CaseListTab } from './CaseListTab';
import { Overview } from './Overview';
import './workbench.css';

type TabKey = 'overview' | 'cases' | 'cards' | 'milestones';

/**
 * 工作台, the home screen: what is overdue, what is due soon, the year's milestones, counts by
 * dimension and card; the case list, the 黄牌/红牌 lists and the annual calendar as tabs. Every
 * item opens its record: a case in the workflow panel, a milestone in its detail.
 */
export function WorkbenchPage({ year }: { year: number }) {
  const [tab, setTab] = useState<TabKey>('overview');
  const [version, setVersion] = useState(0);
  const [caseId, setCaseId] = useState<number | null>(null);
  const [milestone, setMilestone] = useState<MilestoneRow | null>(null);
  const [card, setCard] = useState<PublicList>('yellow');
  const [today, setToday] = useState('');
  const refresh = () => setVersion((v) => v + 1);

  const openMilestone = (m: MilestoneRow) => setMilestone(m);
  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>工作台</h2>
        <Button icon={<ReloadOutlined />} onClick={refresh}>
          刷新
        </Button>
      </div>
      <div className="page-body">
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as TabKey)}
          items={[
            {
              key: 'overview',
              label: '概览',
              children: (
                <Overview
                  version={version}
                  onOpenCase={setCaseId}
                  onOpenMilestone={openMilestone}
                  onShowCards={(c) => {
                    setCard(c);
                    setTab('cards');
                  }}
                  onToday={setToday}
                />
              ),
            },
            { key: 'cases', label: '整改事项', children: <CaseListTab version={version} onOpenCase={setCaseId} /> },
            { key: 'cards', label: '黄牌·红牌名单及超标排放名单', children: <CardListTab version={version} card={card} onCardChange={setCard} onOpenCase={setCaseId} /> },
            { key: 'milestones', label: '时间节点', children: <MilestonesTab initialYear={year} version={version} onOpen={openMilestone} onChanged={refresh} /> },
          ]}
        />
      </div>
      <StatusBar />
      <CaseWorkflowPanel caseId={caseId} onClose={() => setCaseId(null)} onChanged={refresh} />
      <MilestoneDetail milestone={milestone} today={today} onClose={() => setMilestone(null)} onChanged={refresh} />
    </div>
  );
}
