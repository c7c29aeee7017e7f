import type { Migration } from './types';

/**
 * Issue 16: a compact audit record for the rows an import creates. A 100,000-line import
 * creates about 225,000 rows; each creation entry repeated the import's time, operator and
 * source and spelt out every value the row was created with (about 19 MB for such an import,
 * and a third of its commit). Now such an entry is the batch id (the import_runs row), the row
 * and 'create', with at, operator and source NULL: they are the run's started_at, operator and
 * 'import:<id>'. The values need not be kept: the row holds them, and every later change of it
 * has its own entry with the old value.
 * audit_entries is rebuilt (SQLite cannot drop a NOT NULL) with the same columns, ids and
 * indexes; the CHECKs allow the NULLs only on a creation entry, at and operator together.
 * The view audit_log is what every reader reads: each entry with its time, operator and source,
 * the compact ones filled in from their run, so the history reads as it did.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'compact-import-audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_entries_0011 (
        id INTEGER PRIMARY KEY,
        batch_id TEXT NOT NULL,
        at TEXT,
        operator TEXT,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        field TEXT,
        old_value TEXT,
        new_value TEXT,
        source TEXT,
        CHECK ((at IS NULL) = (operator IS NULL)),
        CHECK (at IS NOT NULL OR (action = 'create' AND source IS NULL AND new_value IS NULL))
      ) STRICT;
      INSERT INTO audit_entries_0011 (id, batch_id, at, operator, entity, entity_id, action, field, old_value, new_value, source)
        SELECT id, batch_id, at, operator, entity, entity_id, action, field, old_value, new_value, source FROM audit_entries;
      DROP TABLE audit_entries;
      ALTER TABLE audit_entries_0011 RENAME TO audit_entries;
      CREATE INDEX audit_entries_entity ON audit_entries(entity, entity_id);
      CREATE INDEX audit_entries_batch ON audit_entries(batch_id);

      CREATE VIEW audit_log AS
        SELECT a.id, a.batch_id, coalesce(a.at, r.started_at) AS at, coalesce(a.operator, r.operator) AS operator,
          a.entity, a.entity_id, a.action, a.field, a.old_value, a.new_value,
          CASE WHEN a.at IS NULL THEN 'import:' || a.batch_id ELSE a.source END AS source
        FROM audit_entries a LEFT JOIN import_runs r ON a.at IS NULL AND r.id = a.batch_id;
    `);
  },
};
