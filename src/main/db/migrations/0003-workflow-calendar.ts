import type { Migration } from './types';

/**
 * Issue 4: what deadlines, the case workflow, evidence and the annual calendar keep.
 * 1. calendar_days / calendar_years: the holiday calendar lives in the ledger, so a backup
 *    restored on another PC computes the same deadlines. 'bundled' rows mirror the shipped
 *    snapshot (refreshed at open); 'user' rows are what the user entered and always win.
 * 2. rule_sets: the national default and any province's set, as the rule-set JSON; the active
 *    one is the setting 'rules.activeId'.
 * 3. cases gain the workflow state applyTransition needs: period and extension as JSON, and
 *    period_start, the date of a later order the period counts from (a 升级措施 decision, a
 *    sealing) when it is not the notice date; case_events gain the step taken (transition).
 * 4. evidence_files: attachments by content hash, owned by a case or a capacity line.
 * 5. milestones: the year's dated obligations, with the rule and document they come from.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'workflow-calendar',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_days (
        date TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('bundled', 'user')),
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday', 'ordinary')),
        name TEXT,
        note TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (date, source)
      ) STRICT;

      CREATE TABLE calendar_years (
        year INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('bundled', 'user')),
        notices TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (year, source)
      ) STRICT;

      CREATE TABLE rule_sets (
        id INTEGER PRIMARY KEY,
        builtin_key TEXT,
        name TEXT NOT NULL,
        region TEXT NOT NULL,
        version TEXT NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX rule_sets_builtin ON rule_sets(builtin_key) WHERE builtin_key IS NOT NULL;

      ALTER TABLE cases ADD COLUMN period_start TEXT;
      ALTER TABLE cases ADD COLUMN period TEXT;
      ALTER TABLE cases ADD COLUMN extension TEXT;
      CREATE INDEX cases_status ON cases(status) WHERE deleted_at IS NULL;

      ALTER TABLE case_events ADD COLUMN transition TEXT;

      CREATE TABLE evidence_files (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        category TEXT NOT NULL,
        owner TEXT NOT NULL CHECK (owner IN ('case', 'capacityLine')),
        owner_id INTEGER NOT NULL,
        note TEXT,
        operator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE INDEX evidence_files_owner ON evidence_files(owner, owner_id);
      CREATE INDEX evidence_files_sha256 ON evidence_files(sha256);

      CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        due_text TEXT NOT NULL,
        date TEXT NOT NULL,
        start_date TEXT,
        owner TEXT,
        document_number TEXT,
        source_text TEXT,
        preset TEXT,
        done_date TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX milestones_year ON milestones(year, date);
    `);
  },
};
