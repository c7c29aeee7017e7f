import { writeFileSync } from 'node:fs';
import { LedgerError } from '../../shared/errors';
import { parseRuleSetFile, RuleSetSchema, serializeRuleSet, type RuleSet } from '../../shared/rules/ruleSet';
import type { RuleSetRecord, RuleSetSummary } from '../../shared/contract/rules';
import { bundledNationalRuleSet } from '../calendar/bundled';
import { readSetting, writeSetting } from '../db/repositories/settings';
import {
  getBuiltinRuleSet,
  getStoredRuleSet,
  insertRuleSet,
  listStoredRuleSets,
  markRuleSetDeleted,
  updateRuleSetContent,
  type StoredRuleSet, requireRuleSet } from '../db/repositories/ruleSets';
import type { Db } from '../db/connection';
import type { ServiceContext } from './context';
import { beginAudit, recordAudit } from './audit';
import { safeFileName } from '../../shared/fileName';

/**
 * Rule sets in the ledger: the national default (seeded from resources/rules/national.json),
 * provinces' variants imported from a file or edited in 设置, and the one the ledger follows
 * (setting 'rules.activeId'). Every case step is checked against the active set.
 */

export const NATIONAL_KEY = 'national';
const ACTIVE_KEY = 'rules.activeId';

/** At open: the national default exists, and some live rule set is active. */
export function seedRuleSets(db: Db, now: string): void {
  if (!getBuiltinRuleSet(db, NATIONAL_KEY)) {
    const r = bundledNationalRuleSet();
    insertRuleSet(db, { builtinKey: NATIONAL_KEY, name: r.name, region: r.region, version: r.version, content: serializeRuleSet(r) }, now);
  }
  const active = readSetting<number>(db, ACTIVE_KEY);
  if (active === undefined || !getStoredRuleSet(db, active)) writeSetting(db, ACTIVE_KEY, getBuiltinRuleSet(db, NATIONAL_KEY)!.id);
}

function activeId(ctx: Pick<ServiceContext, 'db'>): number | undefined {
  try {
    return readSetting<number>(ctx.db, ACTIVE_KEY);
  } catch {
    return undefined;
  }
}

/** The rule set cases follow; the shipped national one if the ledger has none (an old backup). */
export function activeRuleSet(ctx: Pick<ServiceContext, 'db'>): RuleSet {
  const id = activeId(ctx);
  let row: StoredRuleSet | undefined;
  try {
    row = id === undefined ? undefined : getStoredRuleSet(ctx.db, id);
  } catch {
    row = undefined;
  }
  return row ? RuleSetSchema.parse(JSON.parse(row.content)) : bundledNationalRuleSet();
}

function summary(ctx: ServiceContext, r: StoredRuleSet): RuleSetSummary {
  return { id: r.id, name: r.name, region: r.region, version: r.version, builtin: r.builtinKey !== null, active: r.id === activeId(ctx), updatedAt: r.updatedAt };
}

function record(ctx: ServiceContext, r: StoredRuleSet): RuleSetRecord {
  return { ...summary(ctx, r), ruleSet: RuleSetSchema.parse(JSON.parse(r.content)) };
}


export function listRuleSets(ctx: ServiceContext): RuleSetSummary[] {
  return listStoredRuleSets(ctx.db).map((r) => summary(ctx, r));
}

export function getRuleSetRecord(ctx: ServiceContext, id?: number): RuleSetRecord {
  const target = id ?? activeId(ctx);
  if (target === undefined) throw new LedgerError('NOT_FOUND', '尚未设置当前规则集');
  return record(ctx, requireRuleSet(ctx.db, target));
}

/** A rule set from the form, checked with the same messages an imported file gets. */
function parseRuleSet(raw: unknown): RuleSet {
  const parsed = parseRuleSetFile(JSON.stringify(raw));
  if (!parsed.ok) throw new LedgerError('VALIDATION', parsed.error.message.replace('规则集文件有', '规则集有'));
  return parsed.value;
}

export function saveRuleSet(ctx: ServiceContext, id: number | undefined, raw: unknown): RuleSetRecord {
  const ruleSet = parseRuleSet(raw);
  const audit = beginAudit(ctx);
  const content = serializeRuleSet(ruleSet);
  const fields = { name: ruleSet.name, region: ruleSet.region, version: ruleSet.version, content };
  const savedId = ctx.db.transaction(() => {
    if (id === undefined) {
      const newId = insertRuleSet(ctx.db, { builtinKey: null, ...fields }, audit.at);
      recordAudit(ctx, audit, { entity: 'ruleSet', entityId: newId, action: 'create', newValue: ruleSet });
      return newId;
    }
    const before = requireRuleSet(ctx.db, id);
    if (before.content === content) return id;
    updateRuleSetContent(ctx.db, id, fields, audit.at);
    recordAudit(ctx, audit, { entity: 'ruleSet', entityId: id, action: 'update', field: 'content', oldValue: JSON.parse(before.content), newValue: ruleSet });
    return id;
  })();
  return record(ctx, requireRuleSet(ctx.db, savedId));
}

export function activateRuleSet(ctx: ServiceContext, id: number): RuleSetRecord {
  const audit = beginAudit(ctx);
  ctx.db.transaction(() => {
    requireRuleSet(ctx.db, id);
    const before = activeId(ctx) ?? null;
    if (before === id) return;
    writeSetting(ctx.db, ACTIVE_KEY, id);
    recordAudit(ctx, audit, { entity: 'settings', entityId: 0, action: 'update', field: ACTIVE_KEY, oldValue: before, newValue: id });
  })();
  return record(ctx, requireRuleSet(ctx.db, id));
}

export function deleteRuleSet(ctx: ServiceContext, id: number): { deleted: boolean } {
  const audit = beginAudit(ctx);
  return ctx.db.transaction(() => {
    const row = requireRuleSet(ctx.db, id);
    if (row.builtinKey) throw new LedgerError('VALIDATION', `“${row.name}”是内置规则集，不能删除；如需改动可直接编辑，或“恢复为内置版本”`);
    if (activeId(ctx) === id) throw new LedgerError('VALIDATION', `“${row.name}”是当前使用的规则集，请先启用其他规则集再删除`);
    markRuleSetDeleted(ctx.db, id, audit.at);
    recordAudit(ctx, audit, { entity: 'ruleSet', entityId: id, action: 'delete' });
    return { deleted: true };
  })();
}

/** A province's file: checked field by field; the same content imported twice is one rule set. */
export function importRuleSet(ctx: ServiceContext, text: string, activate = false): RuleSetRecord {
  const parsed = parseRuleSetFile(text);
  if (!parsed.ok) throw new LedgerError('VALIDATION', parsed.error.message);
  const content = serializeRuleSet(parsed.value);
  const same = listStoredRuleSets(ctx.db).find((r) => r.content === content);
  const saved = same ? record(ctx, same) : saveRuleSet(ctx, undefined, parsed.value);
  return activate ? activateRuleSet(ctx, saved.id) : saved;
}

export async function exportRuleSet(ctx: ServiceContext, id: number): Promise<{ file: string | null }> {
  const row = requireRuleSet(ctx.db, id);
  const file = await ctx.shell.chooseSaveFile({
    title: '导出规则集',
    defaultName: safeFileName(`规则集-${row.region}-${row.name}-${row.version}.json`.replace(/\s/g, '_')),
    filters: [{ name: '规则集文件', extensions: ['json'] }],
  });
  if (!file) return { file: null };
  writeFileSync(file, row.content, 'utf8');
  return { file };
}

export function restoreDefaultRuleSet(ctx: ServiceContext): RuleSetRecord {
  const builtin = getBuiltinRuleSet(ctx.db, NATIONAL_KEY);
  if (!builtin) throw new LedgerError('NOT_FOUND', '找不到内置的国家默认规则集');
  return saveRuleSet(ctx, builtin.id, bundledNationalRuleSet());
}
