/**
 * The one way a group of settings is read from the environment, for the hub and central alike. An
 * unset or empty variable counts as absent, so its default applies (`DAWR_X=` in a service file
 * means "not set", never "0"); a bad value throws the caller's own error, so the process stops
 * with one message naming every variable that is wrong.
 */
import type { z } from 'zod';

export function settingsFromEnv<S extends z.ZodType>(
  schema: S,
  source: NodeJS.ProcessEnv,
  invalid: (error: z.ZodError) => Error,
): z.output<S> {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}
