import { z } from '../schemas/zod';
import { REPORT_IDS } from '../reports/reportIds';
import { Statistics } from '../reports/statistics';
import { JobStarted, query } from './channel';

const Year = z.number().int().min(2000).max(2100);
const Cell = z.union([z.string(), z.number(), z.null()]);

export const ReportPreview = z.object({
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), title: z.string() })),
  rows: z.array(z.record(z.string(), Cell)),
  total: z.number().int(),
});
export type ReportPreview = z.output<typeof ReportPreview>;

/** A file the app wrote this session, named back by the screen that asked for it. */
const WrittenFile = z.object({ file: z.string().min(1).max(1000) }).strict();

export const reportChannels = {
  'reports:preview': query(z.object({ report: z.enum(REPORT_IDS), year: Year }).strict(), ReportPreview),
  /** Asks where to save (the harness saves into its export folder), then writes as a job. */
  'reports:export': query(
    z.object({ report: z.enum(REPORT_IDS), year: Year, format: z.enum(['xlsx', 'docx']), annexNumber: z.number().int().min(1).max(99).optional() }).strict(),
    JobStarted.extend({ file: z.string() }),
  ),
  'reports:statistics': query(z.object({ year: Year }).strict(), Statistics),
  /** A chart as PNG (base64 from the chart's own renderer), saved where the user chooses. */
  'reports:saveChart': query(z.object({ name: z.string().min(1).max(100), pngBase64: z.string().min(1).max(30_000_000) }).strict(), z.object({ file: z.string() })),
  'reports:showInFolder': query(WrittenFile, z.object({})),
  'reports:openFile': query(WrittenFile, z.object({})),
};
