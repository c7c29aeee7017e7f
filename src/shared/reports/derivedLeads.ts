/**
 * Some plans' tables leave 牵头部门 empty for an item whose text names who does it (Henan 2021
 * 20–24, Xinzhou 2020 15–18: 「市工信局、市能源局要履行行业管理部门的牵头职责」). Such a task takes
 * the departments its text names as the subjects of its sentences — those said to 牵头 when the
 * text says so, else every one — and is marked as derived so the user checks them.
 */

/** The word that ends a sentence's subject: 「各相关单位要…」「省…成员单位按照职责分工…」. */
const PREDICATE = /要|将|应(?!急)|按|负总责|履行|牵头/;
/** How a department's name ends. */
const DEPARTMENT_END = /(人民政府|管委会|局|委|厅|部门|单位|办公室|领导小组|领导组|协会)$/;

/** Splits on 、 outside brackets: 「各县（市、区）人民政府、忻州经济开发区管委会」 is two names. */
function listItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('（(<〈《'.includes(ch)) depth++;
    if ('）)>〉》'.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * The departments a subject lists. 「各地工业和信息化、发展改革、市场监督管理、应急管理主管部门」
 * shares one ending and stays one name (the mapping reads its four functions); in
 * 「各地、各相关单位」 only the department is kept.
 */
function subjectDepartments(subject: string): string[] {
  const items = listItems(subject);
  const named = items.filter((s) => DEPARTMENT_END.test(s));
  const last = items[items.length - 1] ?? '';
  const sharesEnding = items.length > 1 && named.length === 1 && named[0] === last && /部门$/.test(last) && !/^各/.test(last);
  if (sharesEnding && /^(各地|各级|各县|省|市|县)/.test(items[0]!)) return [subject.trim()];
  return named;
}

export interface DerivedLeads {
  departments: string[];
  /** True when the text says who 牵头; false when every department it names is taken. */
  saysLead: boolean;
}

export function leadDepartmentsNamedIn(content: string): DerivedLeads {
  const all: string[] = [];
  const leads: string[] = [];
  for (const clause of content.split(/[。；;，,：:！]/)) {
    const text = clause.trim();
    const at = text.search(PREDICATE);
    // A clause that is nothing but a list of departments is a subject whose verb follows the comma.
    const subject = at >= 0 ? text.slice(0, at) : text;
    const found = subjectDepartments(subject.replace(/^(由|请|并|同时|其中)/, ''));
    if (at < 0 && (found.length === 0 || found.length !== listItems(subject).length)) continue;
    all.push(...found);
    if (/牵头/.test(text)) leads.push(...found);
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  return leads.length > 0 ? { departments: unique(leads), saysLead: true } : { departments: unique(all), saysLead: false };
}

/** Fills 牵头部门 of the tasks whose table left it empty, from their text; marks them derived. */
export function withDerivedLeads<T extends { content: string; leadDepartments: string[]; leadDerived?: boolean }>(tasks: readonly T[]): T[] {
  return tasks.map((t) => {
    if (t.leadDepartments.length > 0) return t;
    const { departments } = leadDepartmentsNamedIn(t.content);
    return departments.length > 0 ? { ...t, leadDepartments: departments, leadDerived: true } : t;
  });
}
