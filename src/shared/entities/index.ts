import { capacityLineEntity } from './capacityLine';
import { caseEntity } from './case';
import { enterpriseEntity } from './enterprise';
import { milestoneEntity } from './milestone';
import { taskEntity } from './task';

/**
 * Every ledger entity, in the order the import offers them and matches header synonyms (an
 * earlier entity's synonym wins a header two entities share).
 */
export const LEDGER_ENTITIES = [enterpriseEntity, capacityLineEntity, caseEntity, taskEntity, milestoneEntity] as const;
