import { parseArgs } from 'node:util';

export interface Parsed {
  positionals: string[];
  /** string[] only for the flags that may repeat (--map). */
  flags: Record<string, string | string[] | boolean | undefined>;
}

/** Every command shares these flags; unknown flags are an error, not silently ignored. */
export function parseCommandLine(argv: string[]): Parsed {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      name: { type: 'string' },
      uscc: { type: 'string' },
      town: { type: 'string' },
      industry: { type: 'string' },
      deleted: { type: 'boolean' },
      out: { type: 'string' },
      from: { type: 'string' },
      dimension: { type: 'string' },
      notice: { type: 'string' },
      'extension-months': { type: 'string' },
      'extension-days': { type: 'string' },
      'period-months': { type: 'string' },
      'period-days': { type: 'string' },
      until: { type: 'string' },
      today: { type: 'string' },
      profile: { type: 'string' },
      sheet: { type: 'string' },
      'dry-run': { type: 'boolean' },
      year: { type: 'string' },
      template: { type: 'string' },
      source: { type: 'string' },
      annex: { type: 'string' },
      section: { type: 'string' },
      category: { type: 'string' },
      content: { type: 'string' },
      lead: { type: 'string' },
      coop: { type: 'string' },
      completion: { type: 'string' },
      preset: { type: 'string' },
      replace: { type: 'boolean' },
      map: { type: 'string', multiple: true },
      order: { type: 'string' },
      enterprise: { type: 'string' },
      spec: { type: 'string' },
      capacity: { type: 'string' },
      'exit-method': { type: 'string' },
      'plan-year': { type: 'string' },
      'planned-exit': { type: 'string' },
      county: { type: 'string' },
      level: { type: 'string' },
      since: { type: 'string' },
      operator: { type: 'string' },
    },
  });
  return { positionals, flags: values };
}
