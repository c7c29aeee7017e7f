import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { registerCase } from '../../../src/main/services/caseWorkflow';
import { updateThresholds } from '../../../src/main/services/countdownSettings';
import { listCaseDeadlines } from '../../../src/main/services/deadlineList';
import { createEnterprise } from '../../../src/main/services/enterprises';
import type { CaseEditOutcome } from '../../../src/shared/contract/cases';
import { memoryContext } from '../../support/db';

describe('cases:applyEdits', () => {
  it('answers the changed cases’ deadline rows, counted with the user’s thresholds, and no others', async () => {
    const ctx = memoryContext(new Date('2026-03-01T08:00:00Z'));
    const xinda = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row.id;
    const edited = registerCase(ctx, { enterpriseId: xinda, dimension: '能耗' }).id;
    const other = registerCase(ctx, { enterpriseId: xinda, dimension: '质量' }).id;
    updateThresholds(ctx, { soon: 5, near: 10 });
    const dispatch = createDispatcher(ctx, { checkOutput: true });

    const r = await dispatch('cases:applyEdits', {
      updates: [{ id: edited, patch: { deadlineOverride: '2026-03-10', deadlineOverrideReason: '县政府专题会议确定' } }],
      creates: [{ key: 'n1', draft: { enterpriseId: xinda, dimension: '安全', deadlineOverride: '2026-02-27', deadlineOverrideReason: '责令限期改正' } }],
    });
    expect(r.ok).toBe(true);
    const answer = (r as { ok: true; value: CaseEditOutcome }).value;
    const created = answer.created[0]!.row.id;
    expect(answer.deadlines.map((d) => d.id)).toEqual([edited, created]);
    expect(answer.deadlines[0]).toMatchObject({ deadline: '2026-03-10', days: 9, text: '剩余 9 天', band: 'near' });
    expect(answer.deadlines[1]).toMatchObject({ deadline: '2026-02-27', days: -2, band: 'overdue' });
    // The same rows the full list gives, so the grid's store can take them in place of a refetch.
    const all = listCaseDeadlines(ctx, { scope: 'all' }).rows;
    expect(answer.deadlines).toEqual(all.filter((d) => d.id !== other));
  });
});
