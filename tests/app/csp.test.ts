import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_FALLBACK_CSP, LOCAL_PAGE_CSP, withCsp } from '../../main/app/csp.js';

const pagesDir = join(import.meta.dirname, '../../main/app/pages');

describe('CSP', () => {
  it('adds the strict fallback to a hub response without one', () => {
    expect(withCsp({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [HUB_FALLBACK_CSP],
    });
    expect(withCsp(undefined)['Content-Security-Policy']).toEqual([HUB_FALLBACK_CSP]);
  });

  it("keeps the hub's own CSP, whatever the header's case", () => {
    const h = { 'content-security-policy': ["default-src 'self'"] };
    expect(withCsp(h)).toEqual(h);
  });

  it.each(readdirSync(pagesDir).filter((f) => f.endsWith('.html')))(
    'local page %s carries the local CSP and no inline script or style',
    (file) => {
      const html = readFileSync(join(pagesDir, file), 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(
        html.replace(/\s+/g, ' '),
      );
      expect(meta?.[1]).toBe(LOCAL_PAGE_CSP);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toContain('<style');
      expect(LOCAL_PAGE_CSP).toContain("default-src 'none'");
    },
  );
});
