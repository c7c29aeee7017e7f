import { z } from '../schemas/zod';
import { TEMPLATE_ORDERS, TEMPLATE_SOURCES, TemplateMapping } from '../reports/templateFill';
import { JobStarted, query } from './channel';
import { UploadedFile } from './tasks';
import { ReportPreview } from './reports';

const Year = z.number().int().min(2000).max(2100);
const Token = z.string().uuid();

export const TemplateInfo = z.object({
  token: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'xls']),
  sheetName: z.string(),
  area: z.object({
    headerFirst: z.number().int(),
    headerLast: z.number().int(),
    dataStart: z.number().int(),
    templateRows: z.number().int(),
    stopRow: z.number().int().nullable(),
    totalRow: z.number().int().nullable(),
    footnoteRows: z.array(z.number().int()),
    width: z.number().int(),
  }),
  columns: z.array(z.object({ index: z.number().int(), letter: z.string(), name: z.string() })),
  serialColumns: z.array(z.number().int()),
  mapping: TemplateMapping,
  /** The saved mapping's name when the header was mapped before. */
  profileName: z.string().nullable(),
  source: z.enum(TEMPLATE_SOURCES),
  /** 0-based columns filled with the county's name from 设置 (县（市、区）, 县区, 填报单位). */
  countyColumns: z.array(z.number().int()),
  /** The year the template's title names, proposed for the fill; null when it names none. */
  year: z.number().int().nullable(),
});
export type TemplateInfo = z.output<typeof TemplateInfo>;

const FillRequest = z.object({ token: Token, year: Year, source: z.enum(TEMPLATE_SOURCES), mapping: TemplateMapping, order: z.enum(TEMPLATE_ORDERS).optional() });

export const templateChannels = {
  /** The city's template uploaded: where its rows go and the column mapping proposed. */
  'templates:inspect': query(UploadedFile, TemplateInfo),
  'templates:preview': query(FillRequest.strict(), ReportPreview.omit({ title: true }).extend({ warnings: z.array(z.string()) })),
  /** Remembers the mapping for this header, asks where to save, then fills as a job. */
  'templates:fill': query(FillRequest.extend({ profileName: z.string().max(100).optional() }).strict(), JobStarted.extend({ file: z.string() })),
};
