import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { listCapacityLines } from '../../../src/main/db/repositories/capacityLines';
import { listEnterprises } from '../../../src/main/db/repositories/enterprises';
import { harnessShell } from '../../../src/main/harness/shellPort';
import { saveImportTemplate } from '../../../src/main/services/imports';
import { createContext } from '../../../src/main/services/context';
import { openLedger } from '../../../src/main/openLedger';
import { CAPACITY_LINE_LABELS } from '../../../src/shared/entities/capacityLine';
import { ENTERPRISE_LABELS } from '../../../src/shared/entities/enterprise';
import { importFile } from '../../support/importPipeline';

describe('the import template (下载导入模板)', () => {
  async function template() {
    const dir = mkdtempSync(join(tmpdir(), 'import-template-'));
    const ctx = createContext(openLedger(join(dir, 'ledger.sqlite')).db, { dbPath: join(dir, 'ledger.sqlite'), shell: harnessShell(dir) });
    const { file } = await saveImportTemplate(ctx);
    return { ctx, file: file!, data: readFileSync(file!) };
  }

  it('heads its columns with the entities’ own labels and carries one example row', async () => {
    const { file, data } = await template();
    expect(file).toMatch(/落后产能台账导入模板\.xlsx$/);
    const wb = XLSX.read(data);
    expect(wb.SheetNames).toEqual(['台账', '填写说明']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['台账']!, { header: 1, raw: false, dateNF: 'yyyy-mm-dd' });
    expect(rows).toHaveLength(2);
    const headers = rows[0] as string[];
    for (const label of [ENTERPRISE_LABELS.name, ENTERPRISE_LABELS.uscc, ENTERPRISE_LABELS.town, CAPACITY_LINE_LABELS.name, CAPACITY_LINE_LABELS.capacity, '整改通知下达日期', '维度']) {
      expect(headers).toContain(label);
    }
    // No header appears twice: each column is one field.
    expect(new Set(headers).size).toBe(headers.length);
    expect(rows[1]![headers.indexOf('企业名称')]).toBe('示例铸造有限公司');
  });

  it('imports cleanly: its example row becomes an enterprise with its line and case, no error and no warning', async () => {
    const { ctx, data } = await template();
    const { plan, result } = importFile(ctx, data, '落后产能台账导入模板.xlsx');
    expect(plan.counts).toMatchObject({ new: 1, error: 0 });
    expect(plan.rows.flatMap((r) => [...r.errors, ...r.warnings])).toEqual([]);
    expect(result.counts).toMatchObject({ enterprisesCreated: 1, linesCreated: 1, casesCreated: 1 });
    expect(listEnterprises(ctx.db).map((e) => [e.name, e.town, e.status])).toEqual([['示例铸造有限公司', '城关镇', '在产']]);
    expect(listCapacityLines(ctx.db).map((l) => [l.name, l.capacity, l.capacityUnit, l.plannedExitDate])).toEqual([['中频炉', 5, '万吨', `${new Date().getFullYear()}-10-31`]]);
  });
});
