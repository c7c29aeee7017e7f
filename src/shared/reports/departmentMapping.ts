import { z } from '../schemas/zod';

/**
 * Adopting a superior's work plan: its departments (市经信委, 省环保厅, 各县（市、区）人民政府)
 * become the county's (县工信局, 县生态环境分局, 某某县人民政府). A name the user mapped before is
 * proposed as mapped; otherwise the department's function is recognised from the names the
 * plans of docs/domain.md use across provinces and years (经信委 → 工信局 after the 2018 reform, 环保局 → 生态环境,
 * 质监局/工商局 → 市场监管, 安监局 → 应急, 国土 → 自然资源), and the county's own department of
 * that function is proposed, or its usual name when the county has none on its list yet.
 * A department of no known function is never guessed at (煤炭工业局 is not 应急局): it stays as
 * written and is flagged for the user.
 */

export const DepartmentProposal = z.object({
  source: z.string(),
  /** The county's department; several, joined by 、, when the source names several functions. */
  proposed: z.string(),
  /** Mapped by the user before (department_mappings). */
  remembered: z.boolean(),
  /** No county counterpart is known: the name is kept as written for the user to decide. */
  unmatched: z.boolean(),
});
export type DepartmentProposal = z.output<typeof DepartmentProposal>;

/** What the proposal needs of the county: its department list and its name (设置). */
export interface CountyDepartments {
  departments: readonly string[];
  /** 某某县 — settings.countyName; '' when not set yet. */
  countyName: string;
}

interface DepartmentFunction {
  pattern: RegExp;
  /** Words that find the county's department of this function in its list. */
  words: readonly string[];
  /** The county's usual name (the departments the app starts with). */
  countyName: string;
}

const FUNCTIONS: readonly DepartmentFunction[] = [
  { pattern: /工业和信息化|经济和信息化|经信|工信|化解办|淘汰办|淘汰落后产能(工作)?领导小组办公室/, words: ['工信', '工业和信息化', '经济和信息化', '经信'], countyName: '县工信局' },
  { pattern: /发展和?改革|发改|物价|能源局/, words: ['发改', '发展和改革', '发展改革'], countyName: '县发改局' },
  { pattern: /生态环境|环境保护|环保/, words: ['生态环境', '环保'], countyName: '县生态环境分局' },
  { pattern: /市场监督管理|市场监管|质量技术监督|质监|工商|食药监/, words: ['市场监管', '市场监督'], countyName: '县市场监管局' },
  { pattern: /应急管理|应急|安全生产监督|安监/, words: ['应急'], countyName: '县应急局' },
  { pattern: /财政/, words: ['财政'], countyName: '县财政局' },
  { pattern: /人力资源|人社/, words: ['人社', '人力资源'], countyName: '县人社局' },
  { pattern: /自然资源|国土/, words: ['自然资源', '国土'], countyName: '县自然资源局' },
  { pattern: /人民银行|人行/, words: ['人行', '人民银行'], countyName: '人行县支行' },
  { pattern: /银保监|银监|地方金融/, words: ['银保监', '金融'], countyName: '县金融服务中心' },
  { pattern: /行政审批/, words: ['行政审批'], countyName: '县行政审批服务局' },
];

/** 各县（市、区）, 各县（市）、区人民政府, 各省直管县（市）人民政府, 各省辖市人民政府: the county itself. */
const LOCAL_GOVERNMENTS = /^各(省直管)?县|^各省辖市(人民政府)?$|^各(市|地|区)人民政府$/;
/** 相关部门, 各有关单位, 领导小组成员单位, 行业协会: a group the county has too, under its own level. */
const GROUPS = /(相关|有关|参与|成员)(部门|单位)|行业协会$/;

/** The county's government as 设置 names it: 某某县人民政府, or 县人民政府 before a name is set. */
export function countyGovernment(countyName: string): string {
  const name = countyName.trim();
  return `${name || '县'}人民政府`;
}

function countyOwn(fn: DepartmentFunction, departments: readonly string[]): string {
  return departments.find((d) => fn.words.some((w) => d.includes(w))) ?? fn.countyName;
}

export function proposeCountyDepartment(source: string, county: CountyDepartments, remembered?: ReadonlyMap<string, string>): DepartmentProposal {
  const proposal = (proposed: string, unmatched = false) => ({ source, proposed, remembered: false, unmatched });
  const mapped = remembered?.get(source);
  if (mapped) return { source, proposed: mapped, remembered: true, unmatched: false };
  if (county.departments.includes(source)) return proposal(source);
  // Every function the name lists: 「工业和信息化、发展改革、生态环境、应急管理、市场监管等部门」 is five.
  const functions = FUNCTIONS.filter((f) => f.pattern.test(source));
  if (functions.length > 0) return proposal([...new Set(functions.map((f) => countyOwn(f, county.departments)))].join('、'));
  if (LOCAL_GOVERNMENTS.test(source)) return proposal(countyGovernment(county.countyName));
  // 省直各相关部门 → 县直各相关部门: the group is the county's own one level down.
  if (GROUPS.test(source)) return proposal(source.replace(/^(省|市)(直)?/, (_m, _level, direct: string | undefined) => (direct ? '县直' : '县')));
  return proposal(source, true);
}

/** Every department a list of tasks names, in order of first appearance. */
export function departmentsNamed(tasks: readonly { leadDepartments: readonly string[]; cooperatingDepartments: readonly string[] }[]): string[] {
  const seen = new Set<string>();
  for (const t of tasks) for (const d of [...t.leadDepartments, ...t.cooperatingDepartments]) seen.add(d);
  return [...seen];
}

/**
 * Applies a mapping; a mapped value may list several departments (县工信局、县发改局). Departments
 * mapped to the same county name are listed once.
 */
export function mapDepartments(names: readonly string[], mapping: Readonly<Record<string, string>>): string[] {
  const mapped = names.flatMap((n) => (mapping[n] ?? n).split(/[、，,；;]/));
  return [...new Set(mapped.map((n) => n.trim()).filter((n) => n !== ''))];
}

/**
 * A task's lead and cooperating departments mapped. A department the mapping puts in both lists
 * stays 牵头 only: the plans name each department once per task (市经信委 牵头 and 经信委 配合
 * both become 县工信局 in Nantong's table).
 */
export function mapTaskDepartments(task: { leadDepartments: readonly string[]; cooperatingDepartments: readonly string[] }, mapping: Readonly<Record<string, string>>) {
  const leadDepartments = mapDepartments(task.leadDepartments, mapping);
  const cooperatingDepartments = mapDepartments(task.cooperatingDepartments, mapping).filter((d) => !leadDepartments.includes(d));
  return { leadDepartments, cooperatingDepartments };
}
