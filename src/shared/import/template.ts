import { creditCodeCheckChar } from '../creditCode';
import { proposeMapping, type MappableColumn } from './mapping';
import { TARGETS, type TargetKey } from './targets';

/**
 * The import template (导入模板): one column per field of 企业, 设备（生产线） and 整改事项, headed
 * with the words the import itself recognises, and one example row. A header is kept only when
 * the import maps it back to its own field (two fields named 备注 cannot both be), so the
 * template always imports cleanly — its test imports it.
 */
export interface TemplateColumn {
  target: TargetKey;
  header: string;
  /** What the example row holds; a date is written as a date cell. */
  example: string | number | null;
  isDate: boolean;
}

const LEDGER = new Set(['enterprise', 'line', 'case']);

/** The example is a county's typical first row: a foundry's medium-frequency furnace under 能耗. */
function exampleValues(year: number): Partial<Record<TargetKey, string | number>> {
  const code17 = '91370100MA3C5TQ4X';
  return {
    'enterprise.name': '示例铸造有限公司',
    'enterprise.uscc': code17 + creditCodeCheckChar(code17),
    'enterprise.town': '城关镇',
    'enterprise.industry': '铸造',
    'enterprise.status': '在产',
    'enterprise.address': '城关镇工业园路8号',
    'enterprise.legalRep': '张建国',
    'enterprise.contact': '李明',
    'enterprise.phone': '0531-12345678',
    'enterprise.performanceClass': 'C',
    'line.name': '中频炉',
    'line.spec': 'GW-5t',
    'line.quantity': 2,
    'line.quantityUnit': '台',
    'line.capacity': 5,
    'line.capacityUnit': '万吨',
    'line.process': '熔炼',
    'line.catalogueItem': '用于地条钢、普碳钢、不锈钢冶炼的工频和中频感应炉',
    'line.exitMethod': '拆除',
    'line.planYear': year,
    'line.plannedExitDate': `${year}-10-31`,
    'case.dimension': '能耗',
    'case.source': '节能监察',
    'case.noticeDate': `${year}-04-01`,
    'case.description': '单位产品能耗超过国家限额标准',
    'case.measure': '限期整改',
    'case.leadDepartment': '县工信局',
  };
}

export function importTemplateColumns(year: number): TemplateColumn[] {
  const examples = exampleValues(year);
  const candidates = TARGETS.filter((t) => LEDGER.has(t.entity)).map((t) => ({ target: t.key, names: [t.label, ...t.synonyms] }));
  // Each field under its label, or its first synonym the import maps back to it.
  const chosen: { target: TargetKey; header: string }[] = [];
  for (const c of candidates) {
    const header = c.names.find((name) => mapsTo([...chosen.map((x) => x.header), name], name) === c.target);
    if (header) chosen.push({ target: c.target, header });
  }
  // Checked once more as a whole: a later header may have claimed an earlier one's field.
  const kept = chosen.filter((c) => mapsTo(chosen.map((x) => x.header), c.header) === c.target);
  return kept.map((c) => {
    const example = examples[c.target] ?? null;
    return { ...c, example, isDate: /Date$/.test(c.target) };
  });
}

function mapsTo(headers: readonly string[], header: string): TargetKey | null {
  const columns: MappableColumn[] = headers.map((name, index) => ({ index, name, parts: [name] }));
  const { mapping } = proposeMapping(columns);
  const index = headers.lastIndexOf(header);
  return mapping.fields.find((f) => 'column' in f && f.column === index)?.target ?? null;
}

/** The template's 填写说明 sheet. */
export const IMPORT_TEMPLATE_NOTES: readonly string[] = [
  '落后产能退出台账 · 导入模板填写说明',
  '1. 「台账」表第 1 行为列名，请勿修改；第 2 行为示例，导入前请改写为本县数据或删除。',
  '2. 一行填写一台（条）落后设备（生产线）及其整改事项；同一企业有多台设备时，每台一行，企业信息可重复填写或只在首行填写。',
  '3. 统一社会信用代码为 18 位；同名企业以信用代码区分。',
  '4. 日期按「2026-04-01」格式填写；维度填写 能耗、环保、质量、安全、技术 之一。',
  '5. 生产状态、绩效评价、退出方式等列请从软件「设置」中的选项里选择填写。',
  '6. 保存后在软件「导入」中选择本文件，核对列的对应和预览后再导入；导入可整批撤销。',
];
