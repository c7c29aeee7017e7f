import type { Db } from '../src/main/db/connection';
import { Task } from '../src/shared/reports/tasks';

/** A large county for the export benchmark: 100 000 lines that left in 2026, four per enterprise. */
export const BENCH_YEAR = 2026;
const TOWNS = ['城关镇', '北关镇', '白塔乡', '东城街道', '西城街道', '南关镇', '柳林镇', '石桥乡', '新庄镇', '河口镇', '王村乡', '李家庄镇'];
const INDUSTRIES = ['铸造', '水泥', '平板玻璃', '钢铁', '焦化', '造纸', '印染', '电解铝'];
const EQUIPMENT = ['中频炉', '冲天炉', '水泥磨机', '平拉工艺平板玻璃生产线', '热回收焦炉', '化学草浆生产线'];

export function seedExitLines(db: Db, lines: number): void {
  const now = '2026-01-01T00:00:00.000Z';
  const insertEnterprise = db.prepare(
    `INSERT INTO enterprises (name, town, industry, uscc, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO capacity_lines (enterprise_id, name, spec, quantity, quantity_unit, capacity, capacity_unit, exit_method,
       plan_year, planned_exit_date, exit_date, acceptance_date, local_unit, supervising_dept, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, '台', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    let enterpriseId = 0;
    for (let i = 0; i < lines; i++) {
      if (i % 4 === 0) {
        const town = TOWNS[(i / 4) % TOWNS.length]!;
        const industry = INDUSTRIES[(i / 4) % INDUSTRIES.length]!;
        enterpriseId = Number(insertEnterprise.run(`${town}第${i / 4 + 1}${industry}有限公司`, town, industry, now, now).lastInsertRowid);
      }
      const month = (i % 12) + 1;
      const day = (i % 28) + 1;
      const date = `${BENCH_YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      insertLine.run(
        enterpriseId, EQUIPMENT[i % EQUIPMENT.length]!, `${(i % 9) + 1}吨`, (i % 3) + 1, Math.round((i % 50) * 0.7 * 10) / 10,
        i % 10 === 0 ? '万重量箱' : '万吨', i % 2 ? '拆除' : '断水断电·拆除动力装置·封存主体设备', BENCH_YEAR, `${BENCH_YEAR}-10-31`, date,
        i % 3 ? date : null, `${TOWNS[i % TOWNS.length]}人民政府`, '县工信局', i % 5 === 0 ? '已现场验收，拆除前中后影像资料存档' : null, now, now,
      );
    }
  })();
}

/** 200 work-plan tasks: the seed 001 annex repeated under renamed categories, over three sections. */
export function benchTasks(seed: readonly Task[], count: number): Task[] {
  const sections = ['重点任务', '政策措施', '保障措施'];
  return Array.from({ length: count }, (_, i) => {
    const t = seed[i % seed.length]!;
    const round = Math.floor(i / seed.length);
    return Task.parse({ ...t, section: sections[Math.floor((i * sections.length) / count)]!, category: `${t.category}（${round + 1}）` });
  });
}
