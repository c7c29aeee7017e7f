/** Output goes through one object so tests can capture it and the exit code stays honest. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** A plain text table with CJK characters counted as two columns wide. */
export function printTable(io: Io, headers: string[], rows: (string | number | null)[][]): void {
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uFFFF]/.test(c) ? 2 : 1), 0);
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? '' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  for (const r of cells) io.out(r.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd());
}
