/**
 * A real process for the crash test: it opens the ledger, says READY on stdout just before the
 * work that must be atomic, does it, and says DONE. The test kills it at a random moment.
 *   node --import tsx child.ts import LEDGER FILE
 *   node --import tsx child.ts backup LEDGER
 */
import { readFileSync } from 'node:fs';
import { openLedger } from '../../src/main/openLedger';
import { commitImport } from '../../src/main/import/commit';
import { buildImportPlan } from '../../src/main/import/plan';
import { parseFileData } from '../../src/main/import/parse';
import { backupNow } from '../../src/main/services/backups';
import { createContext } from '../../src/main/services/context';
import { proposeMapping } from '../../src/shared/import/mapping';

const [mode, dbPath, file] = process.argv.slice(2) as [string, string, string | undefined];
const { db } = openLedger(dbPath);
const ctx = createContext(db, { dbPath });

if (mode === 'import') {
  const data = readFileSync(file!);
  const parsed = parseFileData(data, file!);
  const table = parsed.sheets[0]!.table!;
  const plan = buildImportPlan(db, { fileName: file!, fileHash: parsed.fileHash, table, mapping: proposeMapping(table.columns).mapping });
  process.stdout.write('READY\n');
  commitImport(ctx, plan, { fileHash: parsed.fileHash });
  process.stdout.write('DONE\n');
} else if (mode === 'backup') {
  process.stdout.write('READY\n');
  await backupNow(ctx, 'auto');
  process.stdout.write('DONE\n');
}
db.close();
