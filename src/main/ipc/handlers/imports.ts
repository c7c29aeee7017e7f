import {
  chooseSheet,
  closeImport,
  correctImportCell,
  exportImportErrors,
  importHistory,
  importProfiles,
  openImport,
  previewImport,
  previewRows,
  removeProfile,
  saveProfile,
  startImportCommit,
  startImportUndo,
} from '../../services/imports';
import type { HandlerGroup } from '../types';

type ImportChannels =
  | 'import:parse'
  | 'import:sheet'
  | 'import:preview'
  | 'import:rows'
  | 'import:correct'
  | 'import:commit'
  | 'import:close'
  | 'import:errorsXlsx'
  | 'import:history'
  | 'import:undo'
  | 'import:profiles'
  | 'import:saveProfile'
  | 'import:deleteProfile';

export const importHandlers: HandlerGroup<ImportChannels> = {
  'import:parse': ({ fileName, base64 }, ctx) => openImport(ctx, fileName, base64),
  'import:sheet': ({ sessionId, sheet, header }, ctx) => chooseSheet(ctx, sessionId, sheet, header),
  'import:preview': ({ sessionId, sheet, mapping }, ctx) => previewImport(ctx, sessionId, sheet, mapping),
  'import:rows': ({ sessionId, offset, limit, status }, ctx) => previewRows(ctx, sessionId, offset, limit, status),
  'import:correct': ({ sessionId, sourceRow, column, value }, ctx) => correctImportCell(ctx, sessionId, sourceRow, column, value),
  'import:commit': ({ sessionId }, ctx) => ({ jobId: startImportCommit(ctx, sessionId) }),
  'import:close': async ({ sessionId }, ctx) => ({ closed: await closeImport(ctx, sessionId) }),
  'import:errorsXlsx': ({ sessionId }, ctx) => exportImportErrors(ctx, sessionId),
  'import:history': (_q, ctx) => importHistory(ctx),
  'import:undo': ({ importId }, ctx) => ({ jobId: startImportUndo(ctx, importId) }),
  'import:profiles': (_q, ctx) => importProfiles(ctx),
  'import:saveProfile': async ({ sessionId, sheet, name, mapping }, ctx) => ({ signature: await saveProfile(ctx, sessionId, sheet, name, mapping) }),
  'import:deleteProfile': ({ signature }, ctx) => ({ deleted: removeProfile(ctx, signature) }),
};
