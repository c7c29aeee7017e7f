import { LedgerError } from '../../../shared/errors';
import { describeTemplate, fillHeldTemplate, filledFileName, heldTemplate, holdTemplate, previewTemplateFill } from '../../services/templates';
import { readSettings } from '../../services/settings';
import { rememberWritten } from '../../services/writtenFiles';
import type { HandlerGroup } from '../types';

export const templateHandlers: HandlerGroup<'templates:inspect' | 'templates:preview' | 'templates:fill'> = {
  'templates:inspect': async ({ fileName, base64 }, ctx) => {
    const { token, template } = await holdTemplate(Buffer.from(base64, 'base64'), fileName);
    return describeTemplate(ctx, token, template);
  },
  'templates:preview': ({ token, year, source, mapping, order }, ctx) => previewTemplateFill(ctx, heldTemplate(token), { year, source, mapping, order }),
  'templates:fill': async ({ token, year, source, mapping, order, profileName }, ctx) => {
    const template = heldTemplate(token);
    const chosen = await ctx.shell.chooseSaveFile({
      title: '保存填好的模板',
      defaultName: filledFileName(template, year, readSettings(ctx).countyName.trim()),
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    if (!chosen) throw new LedgerError('CANCELLED', '已取消');
    const file = rememberWritten(chosen);
    const jobId = ctx.jobs.start('template', async ({ signal, progress }) => {
      progress(0, 0, '正在读取模板…');
      return fillHeldTemplate(ctx, template, { year, source, mapping, order, profileName, file }, { signal, onProgress: (d, t) => progress(d, t, `已填写 ${d} 行`) });
    });
    return { jobId, file };
  },
};
