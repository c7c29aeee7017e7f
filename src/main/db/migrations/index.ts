import type { Migration } from './types';
import { migration0001 } from './0001-initial-ledger';
import { migration0002 } from './0002-grids';
import { migration0003 } from './0003-workflow-calendar';
import { migration0004 } from './0004-import-runs';
import { migration0005 } from './0005-tasks';
import { migration0006 } from './0006-import-run-work-plan-counts';
import { migration0007 } from './0007-legal-path-end';
import { migration0008 } from './0008-planned-exit-text';
import { migration0009 } from './0009-environment-extension';
import { migration0010 } from './0010-county-rollup';
import { migration0011 } from './0011-compact-import-audit';
import { migration0012 } from './0012-case-deadline-text';
import { migration0013 } from './0013-case-lines-by-line';
import { migration0014 } from './0014-lines-by-plan-year';

/** Append-only: a released migration is never edited; a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
