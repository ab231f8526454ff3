/**
 * The manager reads the dashboard and the hub's refusals, not the hub's environment (issue #15): a
 * setting's variable name (DAWR_BACKUP_DIR) belongs in the hub's log and the README, for the
 * technician. The manager is told what is missing and whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { ar } from '../../shared/i18n/ar.js';
import { en } from '../../shared/i18n/en.js';
import { dashboard } from '../../shared/i18n/apps/dashboard.js';
import { APP_STRINGS } from '../../shared/i18n/apps/index.js';
import { LOCALES } from '../../shared/i18n/locales/all.js';

function stringsIn(value: unknown, at: string): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${at}.${k}`));
  return [];
}

const ENV_NAME = /\bDAWR_[A-Z0-9_]+/;

describe("the manager's words", () => {
  // Every app's strings, staff apps included (the catalogue editor named DAWR_KIOSK_PRINTERS to the
  // manager), and every visitor language's whole bundle: the technician's names stay in the README.
  const catalogues: Array<[string, unknown]> = [
    ['ar', ar],
    ['en', en],
    ...Object.entries(APP_STRINGS).flatMap(([app, strings]): Array<[string, unknown]> => [
      [`${app}.ar`, strings.ar],
      [`${app}.en`, strings.en],
    ]),
    ...Object.entries(LOCALES).map(([code, bundle]): [string, unknown] => [code, bundle]),
  ];

  it.each(catalogues)('%s names no environment variable', (name, catalogue) => {
    const named = stringsIn(catalogue, name).filter(([, text]) => ENV_NAME.test(text));
    expect(named).toEqual([]);
  });

  it('says whom to ask when backups are not set up, in every language', () => {
    expect(en.errors.backups_off).toContain('technician');
    expect(dashboard.en.backupOff).toContain('technician');
    expect(ar.errors.backups_off).toContain('الفني');
    expect(dashboard.ar.backupOff).toContain('الفني');
    for (const b of Object.values(LOCALES)) expect(b.common.errors.backups_off).toContain('README');
  });
});
