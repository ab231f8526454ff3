/** Durable file steps for backups: a file or a folder entry is on disk before anyone relies on it. */
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The same off the event loop: flushing a large file can take a while on a slow disk. */
export async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** After a rename, the folder's entry is fsynced too, or a power cut could forget the new name. */
export function fsyncDir(dir: string): void {
  try {
    fsyncPath(dir);
  } catch {
    // Some filesystems (network shares, some USB formats) refuse to fsync a folder; the file itself was.
  }
}
