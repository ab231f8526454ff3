/**
 * The welcome screen's "more languages" button draws the other languages' own names in faces cut
 * to those names' glyphs and inlined in the kiosk's stylesheet (renderer/kiosk/language-name-faces.ts,
 * issue #15): a name with a letter its face lacks would fall back to another font (or an empty box)
 * on the kiosk's first screen. Every code point of every name must map to a real glyph.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAME_FACES } from '../../renderer/kiosk/language-name-faces.js';
import { languageNameFaces, languageNameFacesCss } from '../../scripts/language-name-faces.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';

/** The glyph a TrueType font's cmap gives each code point (formats 4 and 12; 0 is "no glyph"). */
function cmapGlyphs(font: Buffer, codePoints: number[]): number[] {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  const lookups: ((cp: number) => number)[] = [];
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = font.readUInt16BE(at);
    if (format === 4) lookups.push((cp) => format4(font, at, cp));
    if (format === 12) lookups.push((cp) => format12(font, at, cp));
  }
  return codePoints.map((cp) => lookups.map((l) => l(cp)).find((g) => g !== 0) ?? 0);
}

function format4(font: Buffer, at: number, cp: number): number {
  if (cp > 0xffff) return 0;
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    if (cp > font.readUInt16BE(ends + s * 2) || cp < font.readUInt16BE(starts + s * 2)) continue;
    const delta = font.readInt16BE(deltas + s * 2);
    const offset = font.readUInt16BE(offsets + s * 2);
    if (offset === 0) return (cp + delta) & 0xffff;
    const glyph = font.readUInt16BE(offsets + s * 2 + offset + (cp - font.readUInt16BE(starts + s * 2)) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

function format12(font: Buffer, at: number, cp: number): number {
  const groups = font.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = font.readUInt32BE(group);
    if (cp >= start && cp <= font.readUInt32BE(group + 4)) return font.readUInt32BE(group + 8) + cp - start;
  }
  return 0;
}

describe("the inline faces of the other languages' names", () => {
  it('are built for every language whose script the Arabic and Latin faces do not cover', async () => {
    const faces = await languageNameFaces();
    expect(faces.map((f) => f.code).sort()).toEqual(Object.keys(LANGUAGE_NAME_FACES).sort());
    expect(faces.map((f) => f.code)).toEqual(expect.arrayContaining(['ur', 'hi', 'ml', 'bn']));
  });

  it('hold a glyph for every letter of each name, and are small', async () => {
    for (const face of await languageNameFaces()) {
      const name = LANGUAGES.find((l) => l.code === face.code)!.nativeName;
      expect(face.text).toBe(name);
      const codePoints = [...name].map((c) => c.codePointAt(0)!);
      const glyphs = cmapGlyphs(face.font, codePoints);
      expect({ code: face.code, missing: codePoints.filter((_, i) => glyphs[i] === 0) }).toEqual({
        code: face.code,
        missing: [],
      });
      // A cut face, not the whole one (those are 24–160 KB).
      expect(face.font.length).toBeLessThan(8 * 1024);
    }
  });

  it("are in the kiosk's stylesheet under the families the button names", async () => {
    const css = await languageNameFacesCss();
    for (const code of Object.keys(LANGUAGE_NAME_FACES))
      expect(css).toMatch(
        new RegExp(`font-family: 'Dawr Name ${code}';[^}]*font-weight: 700;[^}]*data:font/ttf;base64,`),
      );
  });
});
