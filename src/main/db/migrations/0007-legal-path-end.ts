import type { Migration } from './types';

/**
 * Issue 12: the law's path to the end.
 * 1. cases.serious: 情节严重, flagged on a 环保 case; it puts the firm on the 超标排放情节严重企业
 *    名单 and, with the government's approval, allows closure inside the period.
 * 2. case_obligations: the dated steps the plans require after a closure (公开承诺, 断水断电·封存
 *    with its 限时拆除 date, 网站公告, 人民政府批准, 注销/吊销证照, 信用推送, 差别电价), each with
 *    its document (文号 or 网址); line_id for the per-line steps, 0 for the case's own.
 * 3. milestones.done_by / done_note: who marked a milestone done, and why.
 * 4. The shipped national rule set gains the immediate-closure exceptions and the card dimensions
 *    (resources/rules/national.json) in ledgers seeded before them; a province's set is untouched.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'legal-path-end',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN serious INTEGER NOT NULL DEFAULT 0 CHECK (serious IN (0, 1));

      CREATE TABLE case_obligations (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL,
        line_id INTEGER NOT NULL DEFAULT 0,
        due_date TEXT,
        done_date TEXT,
        document TEXT,
        authority TEXT,
        detail TEXT,
        note TEXT,
        operator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (case_id, kind, line_id)
      ) STRICT;

      ALTER TABLE milestones ADD COLUMN done_by TEXT;
      ALTER TABLE milestones ADD COLUMN done_note TEXT;

      UPDATE rule_sets SET content = json_set(content,
          '$.cardDimensions', json('["能耗","质量","安全","技术"]'),
          '$.dimensions."环保".closeAtOnce', json('{"when":"serious-approved","text":"情节严重的，报经有批准权的人民政府批准，责令停业、关闭","source":"鲁经信产〔2017〕481号 二、（二）环保方面"}'),
          '$.dimensions."安全".closeAtOnce', json('{"when":"measure-failed","measure":"停产停业整顿","text":"经停产停业整顿仍不具备安全生产条件的，予以关闭","source":"鲁经信产〔2017〕481号 二、（四）安全方面"}'))
        WHERE builtin_key = 'national' AND json_extract(content, '$.cardDimensions') IS NULL;
    `);
  },
};
