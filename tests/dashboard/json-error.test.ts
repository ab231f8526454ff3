/** A JSON mistake in the catalogue editor is placed by line and column, in the manager's language. */
import { describe, expect, it } from 'vitest';
import { jsonErrorPlace } from '../../renderer/dashboard/catalogue-editor/json-error.js';

function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (e) {
    return e;
  }
  throw new Error('expected a syntax error');
}

describe('jsonErrorPlace', () => {
  it('finds the line and column of the parser’s position', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}';
    expect(jsonErrorPlace(text, parseError(text))).toEqual({ line: 4, column: 3 });
  });

  it('gives nothing for an error without a position (the text is then called invalid as a whole)', () => {
    expect(jsonErrorPlace('', new Error('Unexpected end of JSON input'))).toBeNull();
    expect(jsonErrorPlace('x', 'not an error')).toBeNull();
  });
});
