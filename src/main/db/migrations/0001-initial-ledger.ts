import type { Migration } from './types';

/**
 * The ledger's first tables: what the enterprise list uses now and what cases, lines and the
 * audit log obviously need. Rows are soft-deleted (deleted_at) so the 回收站 can restore them.
 * Credit codes are unique among rows not deleted; dates are ISO 'YYYY-MM-DD' text; times ISO.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial-ledger',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE departments (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        short_name TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX departments_name ON departments(name) WHERE deleted_at IS NULL;

      CREATE TABLE enterprises (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        uscc TEXT,
        town TEXT,
        address TEXT,
        industry TEXT,
        legal_rep TEXT,
        contact TEXT,
        phone TEXT,
        performance_class TEXT,
        env_credit TEXT,
        status TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX enterprises_uscc ON enterprises(uscc) WHERE uscc IS NOT NULL AND deleted_at IS NULL;
      CREATE INDEX enterprises_name ON enterprises(name);

      CREATE TABLE capacity_lines (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
        name TEXT NOT NULL,
        spec TEXT,
        quantity REAL,
        quantity_unit TEXT,
        capacity REAL,
        capacity_unit TEXT,
        process TEXT,
        catalogue_item TEXT,
        exit_method TEXT,
        plan_year INTEGER,
        planned_exit_date TEXT,
        exit_date TEXT,
        acceptance_date TEXT,
        acceptance_opinion TEXT,
        acceptance_by TEXT,
        local_unit TEXT,
        supervising_dept TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX capacity_lines_enterprise ON capacity_lines(enterprise_id);

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
        dimension TEXT NOT NULL,
        status TEXT NOT NULL,
        source TEXT,
        notice_date TEXT,
        standard TEXT,
        description TEXT,
        measure TEXT,
        lead_department TEXT,
        deadline_override TEXT,
        deadline_override_reason TEXT,
        reinspection_date TEXT,
        reinspection_result TEXT,
        outcome TEXT,
        closed_date TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX cases_enterprise ON cases(enterprise_id);

      CREATE TABLE case_lines (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        line_id INTEGER NOT NULL REFERENCES capacity_lines(id),
        PRIMARY KEY (case_id, line_id)
      ) STRICT;

      CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        event_date TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        operator TEXT NOT NULL,
        note TEXT,
        detail TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_events_case ON case_events(case_id);

      CREATE TABLE audit_entries (
        id INTEGER PRIMARY KEY,
        batch_id TEXT NOT NULL,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        field TEXT,
        old_value TEXT,
        new_value TEXT,
        source TEXT
      ) STRICT;
      CREATE INDEX audit_entries_entity ON audit_entries(entity, entity_id);
      CREATE INDEX audit_entries_batch ON audit_entries(batch_id);
    `);
  },
};
