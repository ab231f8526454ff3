/**
 * A JSON syntax error in the manager's language: where it is (line and column), never the
 * browser's English parser message ("Expected ',' or '}' after property value in JSON at …").
 */
import type { TFunction } from 'i18next';

/** Line and column (1-based) of the parser's reported position in `text`, when it gave one. */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } | null {
  const m = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  if (!m) return null;
  const before = text.slice(0, Number(m[1]));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

export function jsonErrorText(t: TFunction, text: string, error: unknown): string {
  const place = jsonErrorPlace(text, error);
  return place ? t('form.invalidJsonAt', place) : t('form.invalidJson');
}
