// Opaque paging cursors: base64url JSON. Opaque so clients cannot build them and the
// ordering key can change without an API change; a cursor that does not decode is a 400.
import { z } from 'zod';
import { ApiError } from './errors.js';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ApiError(400, 'invalid_cursor', 'the cursor is not one this service issued');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError(400, 'invalid_cursor', 'the cursor is not one this service issued');
  return parsed.data;
}

export const timelineCursor = z.tuple([z.string().min(1).max(40), z.string().min(1).max(1000)]);
export const accessLogCursor = z.number().int().positive();
