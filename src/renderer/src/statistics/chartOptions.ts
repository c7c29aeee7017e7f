import type { Statistics } from '../../../shared/reports/statistics';
import type { ChartOption } from './Chart';

/**
 * The 统计 screen's three charts from one year's figures. Capacity is never added across units:
 * each industry's bar is labelled with its unit (铸造（万吨）).
 */
const PLANNED = '#8fb3de';
const EXITED = '#1f5fa8';
const base = { grid: { left: 40, right: 16, top: 44, bottom: 8, containLabel: true }, tooltip: { trigger: 'axis' as const } };

export function capacityOption(s: Statistics): ChartOption {
  const rows = s.capacityByIndustry.filter((r) => r.plannedCapacity > 0 || r.exitedCapacity > 0);
  return {
    ...base,
    legend: { top: 4 },
    xAxis: { type: 'category', data: rows.map((r) => (r.unit ? `${r.industry}（${r.unit}）` : r.industry)), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '产能' },
    series: [
      { name: '计划退出产能', type: 'bar', data: rows.map((r) => r.plannedCapacity), itemStyle: { color: PLANNED }, label: { show: true, position: 'top' } },
      { name: '已退出产能', type: 'bar', data: rows.map((r) => r.exitedCapacity), itemStyle: { color: EXITED }, label: { show: true, position: 'top' } },
    ],
  };
}

const STATUS_COLOURS = ['#f0a020', '#1f5fa8', '#52c41a', '#cf1322', '#8c8c8c', '#722ed1', '#13c2c2', '#eb2f96', '#faad14', '#2f54eb'];

export function casesOption(s: Statistics): ChartOption {
  const dimensions = [...new Set(s.casesByDimension.map((r) => r.dimension))];
  const statuses = [...new Set(s.casesByDimension.map((r) => r.status))];
  return {
    ...base,
    legend: { top: 4, type: 'plain' },
    xAxis: { type: 'category', data: dimensions },
    yAxis: { type: 'value', name: '件', minInterval: 1 },
    series: statuses.map((status, i) => ({
      name: status,
      type: 'bar',
      stack: 'cases',
      itemStyle: { color: STATUS_COLOURS[i % STATUS_COLOURS.length]! },
      data: dimensions.map((d) => s.casesByDimension.find((r) => r.dimension === d && r.status === status)?.count ?? 0),
    })),
  };
}

export function townOption(s: Statistics): ChartOption {
  return {
    ...base,
    legend: { top: 4 },
    xAxis: { type: 'category', data: s.byTown.map((r) => r.town), axisLabel: { interval: 0, rotate: s.byTown.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', name: '台（条）', minInterval: 1 },
    series: [
      { name: '计划退出设备', type: 'bar', data: s.byTown.map((r) => r.plannedLines), itemStyle: { color: PLANNED }, label: { show: true, position: 'top' } },
      { name: '已退出设备', type: 'bar', data: s.byTown.map((r) => r.exitedLines), itemStyle: { color: EXITED }, label: { show: true, position: 'top' } },
    ],
  };
}
