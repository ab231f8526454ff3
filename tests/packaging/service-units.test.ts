/**
 * The systemd units the Debian packages install: a crash must not leave a core dump, since the
 * process's memory holds what is sealed on disk (names, form data, staff notes) in clear, the
 * personal-data and identity keys and session tokens. `LimitCORE=0` in the [Service] section stops
 * the kernel writing a core file and systemd-coredump keeping one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packaging = join(import.meta.dirname, '..', '..', 'packaging');

/** The `Key=value` lines of one section of a unit file, comments and other sections left out. */
function sectionLines(unit: string, section: string): string[] {
  const lines: string[] = [];
  let inside = false;
  for (const raw of unit.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) inside = line === `[${section}]`;
    else if (inside && line !== '' && !line.startsWith('#')) lines.push(line);
  }
  return lines;
}

describe('the packaged systemd units', () => {
  it.each(['dawr-hub.service', 'dawr-central.service'])('%s turns core dumps off', (name) => {
    const service = sectionLines(readFileSync(join(packaging, name), 'utf8'), 'Service');
    expect(service.length).toBeGreaterThan(0);
    expect(service.filter((l) => l.startsWith('LimitCORE='))).toEqual(['LimitCORE=0']);
  });
});
