import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Ours against LibreOffice, alternating in one run (ours, LO, ours, LO …) so that both see the
 * same load on the machine, and the median of each: a shared 2-core box makes any single pair
 * of timings a coin toss. LibreOffice runs with a profile warmed beforehand, so that its
 * first-run setup is not counted against it.
 */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function soffice(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('soffice', args, { timeout: 900_000 }, (err, _out, stderr) => (err ? reject(new Error(`soffice 失败：${err.message} ${stderr}`)) : resolve()));
  });
}

/** Converts `files` to CSV in one soffice call; every sheet of each when `allSheets`. Resolves to its time, ms. */
export type LibreOfficeRun = (files: readonly string[], allSheets: boolean) => Promise<number>;

export async function warmLibreOffice(dir: string): Promise<LibreOfficeRun> {
  const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`;
  const warm = join(dir, 'warm.csv');
  writeFileSync(warm, 'a,b\n1,2\n');
  await soffice([profile, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(dir, 'warm'), warm]);
  let round = 0;
  return async (files, allSheets) => {
    const out = join(dir, `lo-out-${round++}`);
    mkdirSync(out, { recursive: true });
    // Filter options: comma, double quote, UTF-8, from line 1, …, sheet -1 = every sheet to its own file.
    const filter = allSheets ? 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' : 'csv';
    const t0 = performance.now();
    await soffice([profile, '--headless', '--norestore', '--convert-to', filter, '--outdir', out, ...files]);
    return performance.now() - t0;
  };
}

export interface Alternated<T> {
  ours: T[];
  libreofficeMs: number[];
}

export async function alternate<T>(ours: (round: number) => Promise<T>, libreoffice: () => Promise<number>): Promise<Alternated<T>> {
  const result: Alternated<T> = { ours: [], libreofficeMs: [] };
  for (let round = 0; round < ROUNDS; round++) {
    result.ours.push(await ours(round));
    result.libreofficeMs.push(await libreoffice());
  }
  return result;
}
