import { addEvidence, listEvidence, openEvidence, previewEvidence, removeEvidence } from '../../services/evidence';
import type { HandlerGroup } from '../types';
import type { evidenceChannels } from '../../../shared/contract/evidence';

type EvidenceChannels = keyof typeof evidenceChannels;

export const evidenceHandlers: HandlerGroup<EvidenceChannels> = {
  'evidence:list': ({ owner, ownerId }, ctx) => listEvidence(ctx, owner, ownerId),
  'evidence:add': (input, ctx) => addEvidence(ctx, input),
  'evidence:preview': ({ id }, ctx) => previewEvidence(ctx, id),
  'evidence:open': ({ id }, ctx) => openEvidence(ctx, id),
  'evidence:remove': ({ id }, ctx) => removeEvidence(ctx, id),
};
