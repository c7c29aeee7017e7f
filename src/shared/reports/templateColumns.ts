import { normaliseHeader } from '../import/synonyms';
import { normaliseEnterpriseStatus, normaliseExitMethod } from '../import/values';

/**
 * What a city template asks beyond the ledger's own fields:
 *   - a 县（市、区）/县区/填报单位 column takes the county's name from 设置 on every row;
 *   - its 填报说明 (or a data validation) may list the only words a column accepts
 *     (「退出方式填写“拆除”“封存”或“关停”」): the ledger's value is translated into that list,
 *     and a value with no translation is reported, never written silently.
 */

/** 县（市、区）, 县(市区), 县区, 区县, 县（市）, 填报单位. */
export function isCountyColumn(header: string): boolean {
  return /^(县(市区|市|区)?|区县|县市区|填报单位|报送单位)(名称)?$/.test(normaliseHeader(header).replace(/[()（）、]/g, ''));
}

const QUOTED = /[“"「『‘']([^”"」』’']{1,20})[”"」』’']/g;

/**
 * The words a note allows in a column, when the note names the column and lists them:
 * 「退出方式填写“拆除”“封存”或“关停”」, 「退出方式：拆除、封存、关停」. Null when it lists none.
 */
export function allowedValuesInNotes(notes: string, header: string): string[] | null {
  const name = header.split('/').pop()!.replace(/[（(].*$/, '').trim();
  if (name === '') return null;
  for (const sentence of notes.split(/[；;。\n]|\d+[．.、]/)) {
    const at = sentence.indexOf(name);
    if (at < 0) continue;
    const rest = sentence.slice(at + name.length);
    const m = /^(栏|列)?\s*(只能|应当|应|须|请|统一|按)?\s*(填写|填报|选填|填|为|选择|分为)?\s*[：:]?\s*(.+)$/.exec(rest);
    if (!m?.[4] || !(m[3] || /^[：:]/.test(rest.trim()) || m[1])) continue;
    const tail = m[4];
    const quoted = [...tail.matchAll(QUOTED)].map((q) => q[1]!.trim());
    const values = quoted.length >= 2 ? quoted : tail.split(/[、，,／/]|或者?|和/).map((v) => v.replace(/[等之一其中]+$/, '').trim());
    const clean = [...new Set(values.filter((v) => v !== '' && v.length <= 20))];
    if (clean.length >= 2) return clean;
  }
  return null;
}

/** A data validation's literal list: "拆除,封存,关停" (with or without the quotes). */
export function allowedValuesInValidation(formula: string): string[] | null {
  const text = formula.trim().replace(/^"|"$/g, '');
  if (/^[=$A-Z]|!/.test(text)) return null; // a range reference, not a literal list
  const values = text.split(',').map((v) => v.trim()).filter((v) => v !== '');
  return values.length >= 2 ? values : null;
}

/** The import's readers of these fields know how plans and templates shorten the ledger's words. */
const NORMALISERS: Readonly<Record<string, (v: string) => unknown>> = {
  'line.exitMethod': normaliseExitMethod,
  'enterprise.status': normaliseEnterpriseStatus,
};

const squeeze = (s: string) => s.replace(/[\s、·,，.．]/g, '');

/**
 * The allowed word for a ledger value: the same word; else the allowed word the import would
 * read as this value (关停 is read as 关停整个企业, 封存 as 断水断电·拆除动力装置·封存主体设备);
 * else the one allowed word that the value begins with or is the start of. Null when none fits.
 */
export function translateToAllowed(value: string, allowed: readonly string[], target?: string): string | null {
  const v = squeeze(value);
  const exact = allowed.find((a) => squeeze(a) === v);
  if (exact) return exact;
  const normalise = target ? NORMALISERS[target] : undefined;
  const same = normalise ? allowed.find((a) => normalise(a) !== a && squeeze(String(normalise(a))) === squeeze(String(normalise(value)))) : undefined;
  if (same) return same;
  const prefix = allowed.filter((a) => v.startsWith(squeeze(a)) || squeeze(a).startsWith(v));
  return prefix.length === 1 ? prefix[0]! : null;
}

export interface AllowedColumn {
  target: string;
  /** 0-based template column, for the message. */
  column: number;
  header: string;
  allowed: readonly string[];
}

export interface UntranslatedValue {
  /** 0-based index of the written row. */
  row: number;
  header: string;
  value: string;
  allowed: readonly string[];
}

/**
 * The rows with each value of a column that lists its words translated into that list. A value
 * with no translation is kept as the ledger has it and returned, for the user to be told.
 */
export function translateRows<R extends Readonly<Record<string, string | number | null>>>(rows: readonly R[], columns: readonly AllowedColumn[]): { rows: R[]; untranslated: UntranslatedValue[] } {
  if (columns.length === 0) return { rows: [...rows], untranslated: [] };
  const untranslated: UntranslatedValue[] = [];
  const out = rows.map((row, i) => {
    const changed: Record<string, string | number | null> = { ...row };
    for (const c of columns) {
      const v = row[c.target];
      if (typeof v !== 'string' || v.trim() === '') continue;
      const word = translateToAllowed(v, c.allowed, c.target);
      if (word === null) untranslated.push({ row: i, header: c.header, value: v, allowed: c.allowed });
      else changed[c.target] = word;
    }
    return changed as R;
  });
  return { rows: out, untranslated };
}

/** 「第3行「退出方式」的「转型」不在模板所列（拆除、封存、关停）之中…」, the first few and a count. */
export function describeUntranslated(items: readonly UntranslatedValue[], firstDataRow: number, limit = 5): string[] {
  const lines = items.slice(0, limit).map((u) => `第${firstDataRow + u.row}行「${u.header}」的「${u.value}」不在模板填报说明所列（${u.allowed.join('、')}）之中，已照台账填写，请改为其中之一或在台账中更正`);
  if (items.length > limit) lines.push(`另有 ${items.length - limit} 处同样的情况`);
  return lines;
}
