import { Tabs } from 'antd';
import { useState } from 'react';
import { StatusBar } from '../common/StatusBar';
import { YearPicker } from '../common/YearPicker';
import { ReportExportTab } from './ReportExportTab';
import { TemplateFillTab } from './TemplateFillTab';
import { PackageExportTab } from './PackageExportTab';
import './reports.css';

/** 报表: the annex and the lists of docs/domain.md, the city's own template filled, the county's 报送包. */
export function ReportsPage({ initialYear }: { initialYear: number }) {
  const [year, setYear] = useState(initialYear);
  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>报表</h2>
        <YearPicker value={year} onChange={setYear} />
      </div>
      <div className="page-body reports-body">
        <Tabs
          items={[
            { key: 'lists', label: '导出报表', children: <ReportExportTab year={year} /> },
            { key: 'template', label: '按上级模板填报', children: <TemplateFillTab year={year} /> },
            { key: 'package', label: '报送包', children: <PackageExportTab year={year} /> },
          ]}
        />
      </div>
      <StatusBar>
        <span>{year}年度</span>
      </StatusBar>
    </div>
  );
}
