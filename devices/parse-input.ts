/**
 * What a device driver is handed (a config file, a ticket's or receipt's print data), checked
 * against its schema: a bad value is refused at once with every problem named, so a typo in a
 * config file stops start-up clearly instead of failing on the first ticket.
 */
import type { z } from 'zod';
import { describeIssues } from '../shared/contract/validation-errors.js';

/** `refuse` gets the problems worded (`(root)` for the value as a whole) and makes the error thrown. */
export function parseDeviceInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  refuse: (problems: string) => Error,
): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw refuse(describeIssues(r.error, { root: '(root)' }));
  return r.data;
}
