/**
 * Adopting a superior's work plan: its departments (市经信委, 省环保厅, 各县（市、区）人民政府)
 * become the county's (县工信局, 县生态环境分局, 各乡镇). A name the user mapped before is
 * proposed as mapped; otherwise the department's function is recognised from the names the
 * seeds use across provinces and years (经信委 → 工信局 after the 2018 reform, 环保局 → 生态环境,
 * 质监局/工商局 → 市场监管, 安监局 → 应急, 国土 → 自然资源), and the county's own department of
 * that function is proposed, or its usual name when the county has none on its list yet.
 */

interface DepartmentFunction {
  pattern: RegExp;
  /** Words that find the county's department of this function in its list. */
  words: readonly string[];
  /** The county's usual name (the departments the app starts with). */
  countyName: string;
}

const FUNCTIONS: readonly DepartmentFunction[] = [
  { pattern: /工业和信息化|经济和信息化|经信|工信/, words: ['工信', '工业和信息化', '经济和信息化', '经信'], countyName: '县工信局' },
  { pattern: /发展和?改革|发改|物价|能源局/, words: ['发改', '发展和改革', '发展改革'], countyName: '县发改局' },
  { pattern: /生态环境|环境保护|环保/, words: ['生态环境', '环保'], countyName: '县生态环境分局' },
  { pattern: /市场监督管理|市场监管|质量技术监督|质监|工商|食药监/, words: ['市场监管', '市场监督'], countyName: '县市场监管局' },
  { pattern: /应急管理|应急|安全生产监督|安监|煤炭/, words: ['应急'], countyName: '县应急局' },
  { pattern: /财政/, words: ['财政'], countyName: '县财政局' },
  { pattern: /人力资源|人社/, words: ['人社', '人力资源'], countyName: '县人社局' },
  { pattern: /自然资源|国土|规划/, words: ['自然资源', '国土'], countyName: '县自然资源局' },
  { pattern: /人民银行|人行/, words: ['人行', '人民银行'], countyName: '人行县支行' },
  { pattern: /银保监|银监/, words: ['银保监', '金融'], countyName: '县金融服务中心' },
  { pattern: /行政审批/, words: ['行政审批'], countyName: '县行政审批服务局' },
  { pattern: /化解办|淘汰落后产能|淘汰办/, words: ['化解办', '淘汰'], countyName: '县工信局' },
  { pattern: /^各(省辖市|县|区|市)|人民政府$|管委会$/, words: ['各乡镇', '乡镇'], countyName: '各乡镇' },
];

export interface DepartmentProposal {
  source: string;
  proposed: string;
  /** Mapped by the user before (department_mappings). */
  remembered: boolean;
}

export function proposeCountyDepartment(source: string, countyDepartments: readonly string[], remembered?: ReadonlyMap<string, string>): DepartmentProposal {
  const mapped = remembered?.get(source);
  if (mapped) return { source, proposed: mapped, remembered: true };
  if (countyDepartments.includes(source)) return { source, proposed: source, remembered: false };
  const fn = FUNCTIONS.find((f) => f.pattern.test(source));
  if (fn) {
    const own = countyDepartments.find((d) => fn.words.some((w) => d.includes(w)));
    return { source, proposed: own ?? fn.countyName, remembered: false };
  }
  // 市委宣传部 → 县委宣传部, 省教育厅 → 县教育局: the same office one level down.
  const county = source.replace(/^(省|市|自治区|州|盟)/, '县').replace(/厅$/, '局');
  return { source, proposed: county, remembered: false };
}

/** Every department a list of tasks names, in order of first appearance. */
export function departmentsNamed(tasks: readonly { leadDepartments: readonly string[]; cooperatingDepartments: readonly string[] }[]): string[] {
  const seen = new Set<string>();
  for (const t of tasks) for (const d of [...t.leadDepartments, ...t.cooperatingDepartments]) seen.add(d);
  return [...seen];
}

/** Applies a mapping; departments mapped to the same county name are listed once. */
export function mapDepartments(names: readonly string[], mapping: Readonly<Record<string, string>>): string[] {
  return [...new Set(names.map((n) => (mapping[n] ?? n).trim()).filter((n) => n !== ''))];
}
