import { recordJson } from '../../shared/entities/entity';
import { enterpriseEntity, type Enterprise } from '../../shared/entities/enterprise';
import { listEnterprises } from '../../main/db/repositories/enterprises';
import { createEnterprise } from '../../main/services/enterprises';
import type { ServiceContext } from '../../main/services/context';
import { printJson, printTable, type Io } from '../output';
import type { Parsed } from '../args';
import { UsageError } from './usage';

/** The stable JSON shape of an enterprise in CLI output (documented in the README): its record. */
function enterpriseJson(e: Enterprise) {
  return recordJson(enterpriseEntity, e);
}

export function enterprisesCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  const [, sub] = args.positionals;
  const f = args.flags;
  if (sub === 'list') {
    const rows = listEnterprises(ctx.db, { deleted: f.deleted === true });
    if (f.json) printJson(io, rows.map(enterpriseJson));
    else printTable(io, ['编号', '企业名称', '统一社会信用代码', '乡镇（街道）', '行业'], rows.map((e) => [e.id, e.name, e.uscc, e.town, e.industry]));
    return 0;
  }
  if (sub === 'add') {
    if (typeof f.name !== 'string') throw new UsageError('请用 --name 指定企业名称');
    const draft = { name: f.name, uscc: f.uscc, town: f.town, industry: f.industry };
    const { row, warnings } = createEnterprise(ctx, Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)));
    for (const w of warnings) io.err(`提示：${w}`);
    if (f.json) printJson(io, enterpriseJson(row));
    else io.out(`已添加企业「${row.name}」（编号 ${row.id}）`);
    return 0;
  }
  throw new UsageError('用法：enterprises list [--json] | enterprises add --name 名称 [--uscc 代码 --town 乡镇 --industry 行业]');
}
