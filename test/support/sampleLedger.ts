import type { Database } from 'better-sqlite3';
import { creditCodeCheckChar } from '../../src/shared/creditCode';

/**
 * A county ledger that looks like the real ones: enterprises of the industries the seeds list,
 * each with the equipment those industries must retire, in the units the catalogue uses.
 * Deterministic (a seeded generator), so benchmarks and screenshots are repeatable.
 */
export const TOWNS = ['城关镇', '柳林镇', '王庄镇', '李家集镇', '新安街道', '东城街道', '经济开发区', '马庄乡', '高桥镇', '石河镇'];

interface Equipment {
  name: string;
  specs: string[];
  unit: string;
  range: [number, number];
  item: string;
  process?: string;
}

interface Industry {
  industry: string;
  suffixes: string[];
  equipment: Equipment[];
}

export const INDUSTRIES: Industry[] = [
  {
    industry: '铸造',
    suffixes: ['铸造有限公司', '铸业有限公司', '机械铸造厂'],
    equipment: [
      { name: '中频炉', specs: ['0.5t', '1t', '1.5t', '2t', '3t'], unit: '万吨', range: [0.2, 3], item: '用于地条钢、普碳钢、不锈钢冶炼的工频和中频感应炉', process: '熔炼' },
      { name: '冲天炉', specs: ['3t/h', '5t/h', '10t/h'], unit: '万吨', range: [0.5, 4], item: '无芯工频感应电炉', process: '熔炼' },
    ],
  },
  {
    industry: '水泥',
    suffixes: ['水泥有限责任公司', '建材有限公司', '水泥厂'],
    equipment: [
      { name: '水泥磨机', specs: ['Φ2.2m×6.5m', 'Φ2.4m×10m', 'Φ2.6m×13m', 'Φ3.0m×11m', 'Φ3.2m×13m'], unit: '万吨', range: [10, 60], item: '直径3.0米以下水泥粉磨设备（生产特种水泥除外）', process: '粉磨' },
      { name: '熟料生产线', specs: ['1000t/d', '1500t/d', '2000t/d', '2500t/d'], unit: '吨/日', range: [1000, 2500], item: '2000吨/日以下熟料新型干法水泥生产线', process: '新型干法' },
    ],
  },
  {
    industry: '印染',
    suffixes: ['印染有限公司', '纺织印染厂', '染整有限公司'],
    equipment: [
      { name: '定型机', specs: ['6节', '8节', '10节'], unit: '亿米', range: [0.05, 0.8], item: '使用年限超过15年的前处理设备、拉幅和定形设备', process: '定形' },
      { name: '印染生产线', specs: ['平幅', '绳状'], unit: '亿米', range: [0.1, 1.5], item: '未经改造的74型染整生产线', process: '染整' },
    ],
  },
  {
    industry: '钢丝绳',
    suffixes: ['钢丝绳厂', '钢绳有限公司', '金属制品有限公司'],
    equipment: [
      { name: '酸洗线', specs: ['盐酸', '硫酸'], unit: '万吨', range: [0.3, 3], item: '敞开式酸洗工艺及设备', process: '酸洗' },
      { name: '铅淬火炉', specs: ['24头', '32头'], unit: '万吨', range: [0.2, 2], item: '铅淬火热处理生产线', process: '热处理' },
    ],
  },
  {
    industry: '平板玻璃',
    suffixes: ['玻璃有限公司', '玻璃制品厂'],
    equipment: [{ name: '平拉工艺生产线', specs: ['200t/d', '300t/d'], unit: '万重量箱', range: [50, 200], item: '平拉工艺平板玻璃生产线（含格法）', process: '平拉' }],
  },
  {
    industry: '制革',
    suffixes: ['皮革有限公司', '制革厂'],
    equipment: [{ name: '转鼓', specs: ['Φ3.0m', 'Φ3.5m'], unit: '万标张', range: [3, 30], item: '年加工生皮能力5万标张牛皮以下的生产线', process: '鞣制' }],
  },
  {
    industry: '铅蓄电池',
    suffixes: ['电源有限公司', '蓄电池厂'],
    equipment: [{ name: '开口式铅蓄电池生产线', specs: ['手工灌粉', '开口化成'], unit: '万千伏安时', range: [5, 50], item: '开口式普通铅蓄电池生产线', process: '化成' }],
  },
  {
    industry: '造纸',
    suffixes: ['纸业有限公司', '造纸厂'],
    equipment: [{ name: '长网造纸机', specs: ['1575mm', '1760mm', '2362mm'], unit: '万吨', range: [0.5, 5], item: '幅宽在1760毫米及以下且车速为120米/分以下的文化纸生产线', process: '抄纸' }],
  },
  {
    industry: '焦化',
    suffixes: ['焦化有限公司', '煤化工有限公司'],
    equipment: [{ name: '焦炉', specs: ['炭化室高度4.3m', '炭化室高度3.8m'], unit: '万吨', range: [20, 100], item: '炭化室高度小于5.5米捣固焦炉', process: '炼焦' }],
  },
  {
    industry: '轮胎',
    suffixes: ['轮胎有限公司', '橡胶制品有限公司'],
    equipment: [{ name: '斜交轮胎生产线', specs: ['全钢', '半钢'], unit: '万条', range: [10, 120], item: '斜交轮胎和力车胎（手推车胎）生产线', process: '成型' }],
  },
];

const WORDS = [
  '鑫达', '华通', '恒昌', '永兴', '宏达', '金鑫', '瑞丰', '天元', '盛世', '鼎盛', '联创', '兴隆', '福源', '正泰', '广源', '德润',
  '汇丰', '振华', '裕丰', '东方', '恒信', '通达', '昌盛', '宏远', '嘉禾', '长城', '万通', '金源', '泰丰', '华鑫', '鸿运', '安泰',
  '新兴', '明珠', '旭日', '腾飞', '中联', '金桥', '四海', '祥和',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['建国', '志强', '秀英', '海涛', '立新', '春华', '国庆', '红梅', '永刚', '丽娟', '德明', '玉兰', '新民', '文斌'];
const EXIT_METHODS = ['拆除', '断水断电·拆除动力装置·封存主体设备', '关停整个企业'];
const DEPARTMENTS = ['县工信局', '县发改局', '县生态环境分局', '县市场监管局', '县应急局'];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A small deterministic generator (mulberry32). */
export function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}

export function validCreditCode(rand: ReturnType<typeof randomFrom>, area = '370521'): string {
  let body = `91${area}`;
  while (body.length < 17) body += ALPHABET[rand.int(0, ALPHABET.length - 1)];
  return body + creditCodeCheckChar(body);
}

export interface SampleEnterprise {
  name: string;
  uscc: string;
  town: string;
  industry: string;
  legalRep: string;
  contact: string;
  phone: string;
  status: string;
  address: string;
  envCredit: string;
  performanceClass: string;
}

export function sampleEnterprises(count: number, seed = 1): SampleEnterprise[] {
  const rand = randomFrom(seed);
  const used = new Set<string>();
  const out: SampleEnterprise[] = [];
  for (let i = 0; out.length < count; i++) {
    const ind = INDUSTRIES[i % INDUSTRIES.length]!;
    const town = rand.pick(TOWNS);
    const prefix = i < WORDS.length * 3 ? '' : town === '经济开发区' ? '开发区' : town.replace(/(镇|乡|街道)$/, '');
    const name = `${prefix}${rand.pick(WORDS)}${rand.pick(ind.suffixes)}`;
    if (used.has(name)) continue;
    used.add(name);
    const person = () => `${rand.pick([...SURNAMES])}${rand.pick(GIVEN)}`;
    out.push({
      name,
      uscc: validCreditCode(rand),
      town,
      industry: ind.industry,
      legalRep: person(),
      contact: person(),
      phone: `13${rand.int(0, 9)}${String(rand.int(0, 99_999_999)).padStart(8, '0')}`,
      status: rand.pick(['在产', '在产', '在产', '停产整治', '已关停']),
      address: `${town}${rand.pick(['工业园区', '建设路', '人民路', '滨河路'])}${rand.int(1, 299)}号`,
      envCredit: rand.pick(['绿', '蓝', '蓝', '黄', '红']),
      performanceClass: rand.pick(['A', 'B', 'B', 'C', 'D']),
    });
  }
  return out;
}

export interface SampleLine {
  name: string;
  spec: string;
  quantity: number;
  quantityUnit: string;
  capacity: number;
  capacityUnit: string;
  process: string | null;
  catalogueItem: string;
  exitMethod: string;
  planYear: number;
  plannedExitDate: string;
  supervisingDept: string;
  localUnit: string;
}

export function sampleLine(rand: ReturnType<typeof randomFrom>, industry: string, town: string): SampleLine {
  const ind = INDUSTRIES.find((x) => x.industry === industry) ?? INDUSTRIES[0]!;
  const eq = rand.pick(ind.equipment);
  const [lo, hi] = eq.range;
  const capacity = Math.round((lo + rand.next() * (hi - lo)) * (hi >= 100 ? 1 : 100)) / (hi >= 100 ? 1 : 100);
  const year = rand.int(2023, 2026);
  return {
    name: eq.name,
    spec: rand.pick(eq.specs),
    quantity: rand.int(1, 4),
    quantityUnit: eq.name.endsWith('线') ? '条' : '台',
    capacity,
    capacityUnit: eq.unit,
    process: eq.process ?? null,
    catalogueItem: eq.item,
    exitMethod: rand.pick(EXIT_METHODS),
    planYear: year,
    plannedExitDate: `${year}-${rand.pick(['06-30', '10-31', '12-31'])}`,
    supervisingDept: rand.pick(DEPARTMENTS),
    localUnit: `${town}人民政府`,
  };
}

/**
 * The enterprises of each county: `counties` share `count` out evenly, each county's firms drawn
 * with its own seed — so two counties can hold namesakes, as real ones do, under other codes.
 * A county ledger is the one county ''.
 */
function enterprisesByCounty(count: number, seed: number, counties: readonly string[]): { county: string; enterprise: SampleEnterprise }[] {
  return counties.flatMap((county, c) => {
    const share = Math.floor(count / counties.length) + (c < count % counties.length ? 1 : 0);
    return sampleEnterprises(share, seed + c * 101).map((enterprise) => ({ county, enterprise }));
  });
}

/**
 * Writes a ledger straight into the tables (no audit entries: this is a fixture, not a user's
 * work), in one transaction. 100,000 lines take about a second. With `counties` it is a city
 * ledger's rows as a roll-up leaves them (set 本级 = 市 in the settings to show them so): the
 * enterprises shared out among the counties, the lines among all enterprises.
 */
export function seedLedger(
  db: Database,
  opts: { enterprises: number; lines: number; seed?: number; counties?: readonly string[] },
): { enterpriseIds: number[] } {
  const rand = randomFrom((opts.seed ?? 7) + 1000);
  const held = enterprisesByCounty(opts.enterprises, opts.seed ?? 7, opts.counties?.length ? opts.counties : ['']);
  const enterprises = held.map((h) => h.enterprise);
  const now = '2026-01-05T08:00:00.000Z';
  const insertE = db.prepare(
    `INSERT INTO enterprises (name, uscc, town, industry, legal_rep, contact, phone, status, address, env_credit, performance_class, county, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertL = db.prepare(
    `INSERT INTO capacity_lines (enterprise_id, name, spec, quantity, quantity_unit, capacity, capacity_unit, process, catalogue_item,
       exit_method, plan_year, planned_exit_date, supervising_dept, local_unit, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids: number[] = [];
  db.transaction(() => {
    for (const { county, enterprise: e } of held) {
      ids.push(Number(insertE.run(e.name, e.uscc, e.town, e.industry, e.legalRep, e.contact, e.phone, e.status, e.address, e.envCredit, e.performanceClass, county, now, now).lastInsertRowid));
    }
    for (let i = 0; i < opts.lines; i++) {
      const k = rand.int(0, enterprises.length - 1);
      const e = enterprises[k]!;
      const l = sampleLine(rand, e.industry, e.town);
      insertL.run(ids[k], l.name, l.spec, l.quantity, l.quantityUnit, l.capacity, l.capacityUnit, l.process, l.catalogueItem, l.exitMethod, l.planYear, l.plannedExitDate, l.supervisingDept, l.localUnit, now, now);
    }
  })();
  return { enterpriseIds: ids };
}
