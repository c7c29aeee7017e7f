import { Alert, Card, Spin, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import type { WorkbenchOverview } from '../../../shared/contract/workbench';
import type { MilestoneRow } from '../../../shared/contract/milestones';
import { chineseWeekday, formatChineseDate } from '../../../shared/domain/dates';
import { api, errorMessage } from '../api';
import { BAND_HEX } from '../cases/badges';
import { useCityLedger } from '../common/ledgerLevel';
import { DimensionTable } from './DimensionTable';
import { PrintButton } from '../print/PrintButton';
import { MilestoneList } from './MilestoneList';
import { UrgentList } from './UrgentList';
import { milestoneSheet, urgentSheet } from './workbenchSheets';
import { AwaitingPeriodList } from './AwaitingPeriodList';

interface Props {
  version: number;
  onOpenCase(id: number): void;
  onOpenMilestone(m: MilestoneRow): void;
  onShowCards(card: 'yellow' | 'red'): void;
  /** Main's today, which forms default to (the PC's clock may differ from the ledger's). */
  onToday(today: string): void;
}

function Stat({ title, value, color, testId, onClick }: { title: string; value: number; color?: string; testId: string; onClick?: () => void }) {
  return (
    <Card size="small" className={`stat-card${onClick ? ' stat-clickable' : ''}`} onClick={onClick} data-testid={testId}>
      <Statistic title={title} value={value} styles={{ content: { color: value > 0 && color ? color : '#1f2937', fontWeight: 600 } }} />
    </Card>
  );
}

/** 工作台 概览: counts on top, then 待办 (overdue first) beside the year's milestones. */
export function Overview({ version, onOpenCase, onOpenMilestone, onShowCards, onToday }: Props) {
  const [data, setData] = useState<WorkbenchOverview | null>(null);
  const city = useCityLedger();
  const [error, setError] = useState<string | null>(null);
  // A period entered on this screen reloads it (the case leaves 待定期限 and may join 待办).
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    api.call('workbench:overview', {}).then(
      (d) => {
        setData(d);
        setError(null);
        onToday(d.today);
      },
      (err) => setError(errorMessage(err)),
    );
  }, [version, reloads, onToday]);

  if (error) return <Alert type="error" showIcon title={`读取工作台失败：${error}`} />;
  if (!data) return <Spin />;
  const { counts, thresholds } = data;
  return (
    <div className="workbench">
      <div className="workbench-today">
        今天是 {formatChineseDate(data.today)} {chineseWeekday(data.today)}
      </div>
      {data.uncovered.count > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`有 ${data.uncovered.count} 件整改事项的期限落在${data.uncovered.years.map((y) => `${y}年`).join('、')}，该年节假日安排尚未录入，暂无法确定届满日。国务院办公厅公布后，请在“设置 → 节假日”中录入。`}
        />
      )}
      <div className="stat-row">
        <Stat title="已逾期" value={counts.overdue} color={BAND_HEX.overdue} testId="stat-overdue" />
        <Stat title={`${thresholds.soon}天内到期`} value={counts.soon} color={BAND_HEX.soon} testId="stat-soon" />
        <Stat title={`${thresholds.soon + 1}–${thresholds.near}天到期`} value={counts.near} color="#ad8b00" testId="stat-near" />
        <Stat title="在办整改事项" value={counts.open} testId="stat-open" />
        <Stat title="黄牌企业" value={counts.yellowEnterprises} color="#ad8b00" testId="stat-yellow" onClick={() => onShowCards('yellow')} />
        <Stat title="红牌企业" value={counts.redEnterprises} color={BAND_HEX.overdue} testId="stat-red" onClick={() => onShowCards('red')} />
        <Stat title="近期时间节点" value={counts.milestonesDue} color={BAND_HEX.soon} testId="stat-milestones" />
      </div>
      <div className="workbench-columns">
        <div className="workbench-main">
          <Card size="small" title="待办：逾期与即将到期的整改事项" extra={<PrintButton size="small" sheet={() => urgentSheet(data.urgent, thresholds.near, city)} />}>
            <UrgentList rows={data.urgent} near={thresholds.near} onOpen={onOpenCase} />
          </Card>
          {counts.awaitingPeriod > 0 && (
            <Card size="small" title={`待定期限：期限由决定/命令确定、尚未录入的整改事项（${counts.awaitingPeriod}）`} style={{ marginTop: 12 }}>
              <AwaitingPeriodList rows={data.awaitingPeriod} onOpen={onOpenCase} onChanged={() => setReloads((n) => n + 1)} />
            </Card>
          )}
        </div>
        <div className="workbench-side">
          <Card size="small" title={`${data.year}年度时间节点`} extra={<PrintButton size="small" sheet={() => milestoneSheet(data.milestones, city)} />}>
            <MilestoneList rows={data.milestones} onOpen={onOpenMilestone} />
          </Card>
          <Card size="small" title="按维度统计（整改事项件数）" style={{ marginTop: 12 }}>
            <DimensionTable rows={counts.byDimension} thresholds={thresholds} />
          </Card>
        </div>
      </div>
    </div>
  );
}
