import { LedgerError } from '../../../shared/errors';
import { REPORT_LABELS, formatsOf } from '../../../shared/reports/reportIds';
import { yearStatistics } from '../../db/repositories/statistics';
import { isCityLevel } from '../../../shared/entities/county';
import { readSettings } from '../../services/settings';
import { writeFileAtomic } from '../../fs/atomicWrite';
import { exportReport, previewReport, reportFileName } from '../../services/reports';
import { assertWritten, rememberWritten } from '../../services/writtenFiles';
import type { HandlerGroup } from '../types';
import { safeFileName } from '../../../shared/fileName';
import type { reportChannels } from '../../../shared/contract/reports';

type ReportChannels = keyof typeof reportChannels;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const reportHandlers: HandlerGroup<ReportChannels> = {
  'reports:preview': ({ report, year }, ctx) => previewReport(ctx, report, year),
  'reports:export': async ({ report, year, format, annexNumber }, ctx) => {
    // Fail before the dialog when the file could not be written: a list as Word, an empty annex.
    if (!formatsOf(report).includes(format)) throw new LedgerError('VALIDATION', `「${REPORT_LABELS[report]}」只能导出为 Excel（.xlsx）`);
    if (report === 'annex' && previewReport(ctx, 'annex', year, 0).total === 0) {
      throw new LedgerError('VALIDATION', `${year}年还没有重点工作：请先在「重点工作」中添加，或采用上级方案`);
    }
    const chosen = await ctx.shell.chooseSaveFile({
      title: `导出${REPORT_LABELS[report]}`,
      defaultName: reportFileName(ctx, report, year, format),
      filters: format === 'docx' ? [{ name: 'Word 文档', extensions: ['docx'] }] : [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    if (!chosen) throw new LedgerError('CANCELLED', '已取消导出');
    const file = rememberWritten(chosen);
    const jobId = ctx.jobs.start('export', async ({ signal, progress }) => {
      progress(0, 0, '正在读取台账…');
      const r = await exportReport(ctx, report, year, format, file, {
        signal,
        ...(annexNumber ? { annexNumber } : {}),
        onProgress: (done, total) => progress(done, total, `已写入 ${done} 行`),
      });
      return { file, rows: r.rows };
    });
    return { jobId, file };
  },
  'reports:statistics': ({ year }, ctx) => yearStatistics(ctx.db, year, isCityLevel(readSettings(ctx).level)),
  'reports:saveChart': async ({ name, pngBase64 }, ctx) => {
    const data = Buffer.from(pngBase64, 'base64');
    if (!PNG_SIGNATURE.every((b, i) => data[i] === b)) throw new LedgerError('BAD_REQUEST', '图表图片格式不正确');
    const chosen = await ctx.shell.chooseSaveFile({
      title: '保存图表',
      defaultName: safeFileName(`${safeFileName(name, '图表')}.png`),
      filters: [{ name: 'PNG 图片', extensions: ['png'] }],
    });
    if (!chosen) throw new LedgerError('CANCELLED', '已取消保存');
    const file = rememberWritten(chosen);
    await writeFileAtomic(file, data);
    return { file };
  },
  'reports:showInFolder': ({ file }, ctx) => {
    ctx.shell.showItemInFolder(assertWritten(file));
    return {};
  },
  'reports:openFile': async ({ file }, ctx) => {
    await ctx.shell.openPath(assertWritten(file));
    return {};
  },
};
