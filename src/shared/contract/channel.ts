import { z } from '../schemas/zod';

/**
 * One IPC channel: the schema its input must parse with in main, the schema of what it answers,
 * and whether it writes (writes are refused while the database is read-only).
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  writes: boolean;
}

export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> {
  return { input, output, writes: false };
}

export function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> {
  return { input, output, writes: true };
}

/** What a channel that starts a job answers at once; the page then polls jobs:status. */
export const JobStarted = z.object({ jobId: z.string() });
