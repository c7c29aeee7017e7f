import type { Enterprise } from '../../../shared/entities/enterprise';
import { api } from '../api';
import { loadPinyin, searchKey } from './search';

export interface EnterpriseChoice {
  id: number;
  name: string;
  uscc: string | null;
  key: string;
}

/**
 * The live enterprises, for the enterprise picker of the lines and cases grids. Loaded once,
 * then kept current from the row bus (renames, additions, deletions).
 */
let choices: EnterpriseChoice[] | null = null;
let loading: Promise<EnterpriseChoice[]> | null = null;

const toChoice = (e: Enterprise): EnterpriseChoice => ({ id: e.id, name: e.name, uscc: e.uscc, key: searchKey([e.name], [e.uscc]) });

export function loadEnterpriseChoices(): Promise<EnterpriseChoice[]> {
  if (choices) return Promise.resolve(choices);
  loading ??= Promise.all([api.call('enterprises:list', {}), loadPinyin()]).then(([rows]) => (choices = rows.map(toChoice)));
  return loading;
}

export function enterpriseChoices(): EnterpriseChoice[] {
  return choices ?? [];
}

export function updateEnterpriseChoices(rows: readonly Enterprise[]): void {
  if (!choices) return; // (pinyin is loaded whenever choices are)
  const byId = new Map(choices.map((c) => [c.id, c]));
  for (const e of rows) {
    if (e.deletedAt) byId.delete(e.id);
    else byId.set(e.id, toChoice(e));
  }
  choices = [...byId.values()];
}
