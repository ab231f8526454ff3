/** Finds an Electron binary without launching anything: a wrong executablePath crashes the test process. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type ElectronBinary = { path: string } | { skip: string };

export function findElectron(env: Record<string, string | undefined> = process.env): ElectronBinary {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const exe = join(override, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(exe)
      ? { path: exe }
      : { skip: `ELECTRON_OVERRIDE_DIST_PATH is set but ${exe} does not exist` };
  }
  const pathFile = join(process.cwd(), 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile))
    return {
      skip: 'no Electron binary: the electron package was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (set ELECTRON_OVERRIDE_DIST_PATH to run these tests)',
    };
  try {
    const exe = createRequire(import.meta.url)('electron') as unknown as string;
    return existsSync(exe)
      ? { path: exe }
      : { skip: `the electron package points at ${exe}, which does not exist` };
  } catch (err) {
    return { skip: `electron is not usable here: ${(err as Error).message}` };
  }
}
