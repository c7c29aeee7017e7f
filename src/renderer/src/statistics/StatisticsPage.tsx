import { Button, Statistic } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Statistics } from '../../../shared/reports/statistics';
import { api, errorMessage } from '../api';
import { StatusBar } from '../common/StatusBar';
import { useStatus } from '../common/status';
import { YearPicker } from '../common/YearPicker';
import { SavedFile } from '../reports/SavedFile';
import { Chart } from './Chart';
import { CountyTable } from './CountyTable';
import { capacityOption, casesOption, townOption } from './chartOptions';
import './statistics.css';

/** 统计: the year's exits against plan by industry, cases by dimension and status, and by town. */
export function StatisticsPage({ initialYear }: { initialYear: number }) {
  const { setStatus } = useStatus();
  const [year, setYear] = useState(initialYear);
  const [stats, setStats] = useState<Statistics | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setStats(await api.call('reports:statistics', { year }));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取统计失败：${errorMessage(err)}` });
    }
  }, [year, setStatus]);

  useEffect(() => {
    void load();
  }, [load]);

  const options = useMemo(() => (stats ? { capacity: capacityOption(stats), cases: casesOption(stats), towns: townOption(stats) } : null), [stats]);

  async function savePng(title: string, pngBase64: string) {
    try {
      const { file } = await api.call('reports:saveChart', { name: `${year}年${title}`, pngBase64 });
      setSaved(file);
      setStatus({ kind: 'saved', text: `图表已保存：${file}` });
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  const lines = stats?.byTown.reduce((a, t) => ({ planned: a.planned + t.plannedLines, exited: a.exited + t.exitedLines }), { planned: 0, exited: 0 });
  const enterprises = stats?.byTown.reduce((a, t) => a + t.plannedEnterprises, 0) ?? 0;
  const cases = stats?.casesByDimension.reduce((a, c) => a + c.count, 0) ?? 0;

  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>统计</h2>
        <YearPicker value={year} onChange={setYear} />
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>
      </div>
      <div className="statistics-body">
        <div className="statistics-figures">
          <Statistic title="计划退出企业（家）" value={enterprises} />
          <Statistic title="计划退出设备（台/条）" value={lines?.planned ?? 0} />
          <Statistic title="已退出设备（台/条）" value={lines?.exited ?? 0} />
          <Statistic title="完成比例" value={lines && lines.planned ? (lines.exited / lines.planned) * 100 : 0} precision={1} suffix="%" />
          <Statistic title="本年度整改事项（件）" value={cases} />
        </div>
        {saved && <SavedFile file={saved} rows={null} onClose={() => setSaved(null)} />}
        {options && (
          <div className="statistics-charts">
            <div className="chart-wide">
              <Chart title="分行业退出产能与计划" height={250} option={options.capacity} empty={stats!.capacityByIndustry.length ? null : `${year}年没有计划退出的设备`} onSave={(t, p) => void savePng(t, p)} />
            </div>
            <Chart title="整改事项（按类别和状态）" height={230} option={options.cases} empty={cases ? null : `${year}年没有整改事项`} onSave={(t, p) => void savePng(t, p)} />
            <Chart title="分乡镇退出设备" height={230} option={options.towns} empty={stats!.byTown.length ? null : `${year}年没有计划退出的设备`} onSave={(t, p) => void savePng(t, p)} />
          </div>
        )}
        {stats && stats.byCounty.length > 0 && <CountyTable rows={stats.byCounty} />}
      </div>
      <StatusBar>
        <span>{year}年度；产能按单位分别统计，不同单位不相加</span>
      </StatusBar>
    </div>
  );
}
