import { LedgerError } from '../../shared/errors';
import type { IsoDate } from '../../shared/domain/dates';
import { resolveMilestones, resolveCompletionTime, type MilestoneKind } from '../../shared/rules/milestones';
import { parseMilestoneText } from '../../shared/rules/milestoneText';
import { countdown, type CountdownThresholds } from '../../shared/rules/countdown';
import type { MilestoneDraft, MilestonePresetInfo, MilestoneRow } from '../../shared/contract/milestones';
import { milestonePresets } from '../calendar/presets';
import {
  deleteMilestone,
  findMilestone,
  insertMilestone,
  listStoredMilestones,
  markMilestoneDone,
  MILESTONE_TABLE,
  updateMilestone,
  type StoredMilestone, requireMilestone } from '../db/repositories/milestones';
import { milestoneEntity, MILESTONE_FIELD_LABELS, MilestoneValues } from '../../shared/entities/milestone';
import type { ServiceContext } from './context';
import { beginAudit, recordAudit, todayOf, type AuditStamp } from './audit';
import { readThresholds } from './countdownSettings';
import type { EntityKind } from './entityWrites';

/**
 * 时间节点 of a year: applied from a work plan's preset (docs/domain.md), pasted from a superior's list, or
 * typed in. A milestone keeps the rule as written (12月底, 次年1月底) beside the date it means
 * for its year, and the document and sentence it comes from, so the user can check it.
 */

/**
 * Milestones through the shared write path, for writes that belong to a larger batch (a
 * spreadsheet import and its undo): values are in storage form, already resolved for their year.
 */
export const milestoneKind: EntityKind = {
  entity: 'milestone',
  noun: '时间节点',
  table: MILESTONE_TABLE,
  labels: MILESTONE_FIELD_LABELS,
  unaudited: milestoneEntity.unaudited,
  draft: MilestoneValues.partial().required({ year: true, name: true, kind: true, dueText: true, date: true }),
  patch: MilestoneValues.partial(),
};

/** `county`: read with the row (migration 0010); a milestone just written in this ledger is its own (''). */
export function toMilestoneRow(m: StoredMilestone & { county?: string }, today: IsoDate, thresholds: CountdownThresholds): MilestoneRow {
  return { ...m, county: m.county ?? '', countdown: m.doneDate ? null : countdown(today, m.date, thresholds) };
}

export function listMilestones(ctx: ServiceContext, year: number, today: IsoDate = todayOf(ctx)): MilestoneRow[] {
  const thresholds = readThresholds(ctx);
  return listStoredMilestones(ctx.db, year).map((m) => toMilestoneRow(m, today, thresholds));
}

export function listMilestonePresets(): MilestonePresetInfo[] {
  return [...milestonePresets()].map(([key, p]) => ({
    key,
    name: p.name,
    region: p.region,
    year: p.year,
    documentNumber: p.document.number,
    documentTitle: p.document.title,
    count: p.milestones.length,
  }));
}

/** Adds unless the year already has a live milestone of that name on that date. */
function addOnce(ctx: ServiceContext, audit: AuditStamp, values: MilestoneValues): boolean {
  if (findMilestone(ctx.db, values.year, values.name, values.date)) return false;
  const id = insertMilestone(ctx.db, values, audit.at);
  recordAudit(ctx, audit, { entity: 'milestone', entityId: id, action: 'create', newValue: values });
  return true;
}

export function applyMilestonePreset(ctx: ServiceContext, key: string, year: number): { added: number; skipped: number } {
  const preset = milestonePresets().get(key);
  if (!preset) throw new LedgerError('NOT_FOUND', `没有名为“${key}”的时间节点预设`);
  const resolved = resolveMilestones(preset, year);
  if (!resolved.ok) throw new LedgerError('VALIDATION', resolved.error.message);
  const audit = beginAudit(ctx, `preset:${key}`);
  return ctx.db.transaction(() => {
    let added = 0;
    for (const m of resolved.value) {
      const ok = addOnce(ctx, audit, {
        year,
        name: m.name,
        kind: m.kind,
        dueText: m.dueText,
        date: m.date,
        startDate: m.startDate ?? null,
        owner: m.owner,
        documentNumber: m.documentNumber,
        sourceText: m.sourceText,
        preset: key,
        doneDate: null,
        note: null,
        doneBy: null,
        doneNote: null,
      });
      if (ok) added++;
    }
    return { added, skipped: resolved.value.length - added };
  })();
}

function valuesOf(draft: MilestoneDraft): Omit<MilestoneValues, 'preset' | 'doneDate' | 'doneBy' | 'doneNote'> {
  const due = resolveCompletionTime(draft.due, draft.year);
  if (!due.ok) throw new LedgerError('VALIDATION', due.error.message, 'due');
  const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    year: draft.year,
    name: draft.name.trim(),
    kind: draft.kind as MilestoneKind,
    dueText: due.value.normalizedText,
    date: due.value.date,
    startDate: due.value.startDate ?? null,
    owner: blank(draft.owner),
    documentNumber: blank(draft.documentNumber),
    sourceText: blank(draft.sourceText),
    note: blank(draft.note),
  };
}

export function saveMilestone(ctx: ServiceContext, id: number | undefined, draft: MilestoneDraft): MilestoneRow {
  const values = valuesOf(draft);
  const audit = beginAudit(ctx);
  const savedId = ctx.db.transaction(() => {
    if (id === undefined) {
      const newId = insertMilestone(ctx.db, { ...values, preset: null, doneDate: null, doneBy: null, doneNote: null }, audit.at);
      recordAudit(ctx, audit, { entity: 'milestone', entityId: newId, action: 'create', newValue: values });
      return newId;
    }
    const before = requireMilestone(ctx.db, id);
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => before[k] !== values[k]);
    updateMilestone(ctx.db, id, Object.fromEntries(changed.map((k) => [k, values[k]])), audit.at);
    for (const field of changed) recordAudit(ctx, audit, { entity: 'milestone', entityId: id, action: 'update', field, oldValue: before[field], newValue: values[field] });
    return id;
  })();
  return toMilestoneRow(requireMilestone(ctx.db, savedId), todayOf(ctx), readThresholds(ctx));
}

/**
 * 标记完成 with its date, the operator and a note; undoing clears all three. A done milestone
 * leaves the countdowns; an undone one past its date is 逾期 (toMilestoneRow).
 */
export function setMilestoneDone(ctx: ServiceContext, id: number, doneDate: IsoDate | null, note?: string | null): MilestoneRow {
  const audit = beginAudit(ctx);
  ctx.db.transaction(() => {
    const before = requireMilestone(ctx.db, id);
    const after = { doneDate, doneBy: doneDate ? audit.operator : null, doneNote: doneDate ? note?.trim() || null : null };
    const fields = (['doneDate', 'doneBy', 'doneNote'] as const).filter((f) => before[f] !== after[f]);
    if (fields.length === 0) return;
    markMilestoneDone(ctx.db, id, after, audit.at);
    for (const field of fields) recordAudit(ctx, audit, { entity: 'milestone', entityId: id, action: 'update', field, oldValue: before[field], newValue: after[field] });
  })();
  return toMilestoneRow(requireMilestone(ctx.db, id), todayOf(ctx), readThresholds(ctx));
}

export function removeMilestones(ctx: ServiceContext, ids: readonly number[]): { count: number } {
  const audit = beginAudit(ctx);
  return ctx.db.transaction(() => {
    for (const id of ids) {
      requireMilestone(ctx.db, id);
      deleteMilestone(ctx.db, id, audit.at);
      recordAudit(ctx, audit, { entity: 'milestone', entityId: id, action: 'delete' });
    }
    return { count: ids.length };
  })();
}

/** A superior's list: every line or none; a line already in the year is skipped. */
export function importMilestoneText(ctx: ServiceContext, year: number, text: string): { added: number; skipped: number } {
  const parsed = parseMilestoneText(text, year);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 10).map((e) => `第${e.line}行：${e.message}`);
    const more = parsed.errors.length > 10 ? `\n……另有${parsed.errors.length - 10}行有误` : '';
    throw new LedgerError('VALIDATION', `时间节点清单有${parsed.errors.length}行无法导入，未导入任何一行：\n${shown.join('\n')}${more}`);
  }
  if (parsed.rows.length === 0) throw new LedgerError('VALIDATION', '没有可导入的时间节点：请粘贴“名称、完成时间、责任单位、文号”各列');
  const audit = beginAudit(ctx, 'import:milestones');
  return ctx.db.transaction(() => {
    let added = 0;
    for (const r of parsed.rows) {
      const values = valuesOf({ year, name: r.name, kind: r.kind, due: r.due, owner: r.owner, documentNumber: r.documentNumber });
      if (addOnce(ctx, audit, { ...values, preset: null, doneDate: null, doneBy: null, doneNote: null })) added++;
    }
    return { added, skipped: parsed.rows.length - added };
  })();
}

