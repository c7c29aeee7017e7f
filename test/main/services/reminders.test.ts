import { describe, expect, it } from 'vitest';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { registerCase, transitionCase } from '../../../src/main/services/caseWorkflow';
import { markReminded, reminderDigest } from '../../../src/main/services/reminders';
import { memoryContext } from '../../support/db';

describe('daily reminder', () => {
  it('notifies once a day, and only when an item has entered a band since the last notice', () => {
    const ctx = memoryContext(new Date('2023-09-20T02:00:00Z'));
    const enterpriseId = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row.id;
    const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗' });
    transitionCase(ctx, { id, transition: 'issue-notice', date: '2023-04-01' });

    const first = reminderDigest(ctx, '2023-09-20')!;
    expect(first.title).toBe('整改事项提醒：1 项进入新的提醒档');
    expect(first.body).toBe('16–30天到期 1 件。请打开“工作台”查看。');
    markReminded(ctx, first);
    expect(reminderDigest(ctx, '2023-09-20')).toBeNull();
    expect(reminderDigest(ctx, '2023-09-21')).toBeNull();

    const soon = reminderDigest(ctx, '2023-09-25')!;
    expect(soon.body).toBe('15天内到期 1 件。请打开“工作台”查看。');
    markReminded(ctx, soon);
    expect(reminderDigest(ctx, '2023-10-08')?.body).toBe('已逾期 1 件。请打开“工作台”查看。');
  });
});
