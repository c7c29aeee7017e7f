import type { ErrorInfo } from '../../../shared/errors';
import type { Mapping } from '../../../shared/import/mapping';
import type { ListMeta } from '../../../shared/reports/listTypes';
import type { TemplateRow } from '../../../shared/reports/templateFill';
import type { InspectedTemplate } from '../templateFill';

/** What main asks the template worker (worker.ts), once per worker. */
export type TemplateRequest =
  | { op: 'inspect'; data: Uint8Array; fileName: string }
  | {
      op: 'fill';
      file: string;
      template: InspectedTemplate;
      mapping: Mapping;
      rows: readonly TemplateRow[];
      meta: ListMeta;
      cancelBuffer: SharedArrayBuffer;
    };

/** What the worker says: ready for the request, progress of a fill, the template opened, the answer. */
export type TemplateMessage =
  | { ready: true }
  | { opened: true }
  | { progress: { done: number; total: number } }
  | { ok: true; value: unknown }
  | { ok: false; error: ErrorInfo };
