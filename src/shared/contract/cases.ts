import { z } from '../schemas/zod';
import { Case } from '../entities/case';
import { entityId } from '../schemas/fields';
import { command, query } from './channel';
import { EditBatch, EditOutcome } from './edits';
import { BatchResult, IdList, Saved } from './enterprises';
import { DeadlineRow } from './workflow';

const Record = z.record(z.string(), z.unknown());

/**
 * A grid edit's answer for cases carries the changed cases' deadline rows (countdown, card), so the
 * grid's countdown cells follow the edit without fetching every case's deadline again.
 */
export const CaseEditOutcome = EditOutcome(Case).extend({ deadlines: z.array(DeadlineRow) });
export type CaseEditOutcome = z.output<typeof CaseEditOutcome>;

/** 整改事项. Like lines, a draft or patch may name its enterprise by `enterpriseName`. */
export const caseChannels = {
  'cases:list': query(z.object({ deleted: z.boolean().optional(), enterpriseId: entityId.optional() }).strict(), z.array(Case)),
  'cases:get': query(z.object({ id: entityId }).strict(), Case),
  'cases:create': command(z.object({ draft: Record }).strict(), Saved(Case)),
  'cases:update': command(z.object({ id: entityId, patch: Record }).strict(), Saved(Case)),
  'cases:delete': command(IdList.strict(), BatchResult),
  'cases:restore': command(IdList.strict(), BatchResult),
  'cases:applyEdits': command(EditBatch, CaseEditOutcome),
};
