import { LedgerError } from '../../../shared/errors';
import type { packageChannels } from '../../../shared/contract/packages';
import { exportCountyPackage, packageCounty, packageFileName } from '../../services/countyPackage';
import { assertCityLedger } from '../../services/countyRollup';
import { boardFileName, cityCounties, currentRound, exportReportingBoard, reportingBoard, setCityCounties } from '../../services/reportingBoard';
import { addRollupFile, closeRollup, previewRollup, startRollupCommit } from '../../services/rollupSessions';
import { readSettings } from '../../services/settings';
import { rememberWritten } from '../../services/writtenFiles';
import type { HandlerGroup } from '../types';

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

export const packageHandlers: HandlerGroup<keyof typeof packageChannels> = {
  'packages:export': async ({ year }, ctx) => {
    packageCounty(ctx);
    const chosen = await ctx.shell.chooseSaveFile({ title: '导出报送包', defaultName: packageFileName(ctx, year), filters: XLSX });
    if (!chosen) throw new LedgerError('CANCELLED', '已取消导出');
    const file = rememberWritten(chosen);
    const jobId = ctx.jobs.start('package', async ({ signal, progress }) => {
      progress(0, 0, '正在读取台账…');
      return exportCountyPackage(ctx, year, file, { signal, onProgress: (done, total) => progress(done, total, `已写入 ${done} 行`) });
    });
    return { jobId, file };
  },
  'rollup:add': ({ sessionId, fileName, base64, modifiedAt }, ctx) => addRollupFile(ctx, sessionId, fileName, Buffer.from(base64, 'base64'), modifiedAt),
  'rollup:preview': ({ sessionId }, ctx) => previewRollup(ctx, sessionId),
  'rollup:commit': ({ sessionId }, ctx) => ({ jobId: startRollupCommit(ctx, sessionId) }),
  'rollup:close': ({ sessionId }, ctx) => ({ closed: closeRollup(ctx, sessionId) }),
  'packages:board': ({ since }, ctx) => {
    const round = currentRound(ctx);
    const from = since ?? round.since;
    return { year: readSettings(ctx).year, since: from, due: round.due, counties: reportingBoard(ctx, from ? { since: from } : {}), cityCounties: cityCounties(ctx) };
  },
  'packages:setCounties': ({ counties }, ctx) => setCityCounties(ctx, counties),
  'packages:exportBoard': async ({ since }, ctx) => {
    assertCityLedger(ctx);
    const from = since ?? currentRound(ctx).since;
    const rows = reportingBoard(ctx, from ? { since: from } : {});
    const chosen = await ctx.shell.chooseSaveFile({ title: '导出报送情况', defaultName: boardFileName(ctx), filters: XLSX });
    if (!chosen) throw new LedgerError('CANCELLED', '已取消导出');
    const file = rememberWritten(chosen);
    await exportReportingBoard(ctx, file, rows);
    return { file };
  },
};
