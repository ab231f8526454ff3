// Starts the ESC/POS emulator for `npm start` and the demo: the kiosk's default printer
// when no real one is configured. Returns the printer address and where previews go.
import { resolve } from 'node:path';
import { EscPosPrinterEmulator, type EmulatedJob } from './emulator.js';

export type DemoPrinter = {
  emulator: EscPosPrinterEmulator;
  url: string;
  previewDir: string;
  stop(): Promise<void>;
};

export async function startDemoPrinter(
  opts: { previewDir?: string; port?: number; paperWidthMm?: 80 | 58; log?: (line: string) => void } = {},
): Promise<DemoPrinter> {
  const previewDir = resolve(opts.previewDir ?? 'data/printer-previews');
  const emulator = new EscPosPrinterEmulator({ previewDir, paperWidthMm: opts.paperWidthMm ?? 80 });
  await emulator.start({ port: opts.port ?? 0 });
  const log = opts.log ?? ((line: string) => console.log(line));
  log(`ESC/POS printer emulator on ${emulator.url}; ticket previews (PNG + transcript) in ${previewDir}`);
  emulator.on('job', (job: EmulatedJob) => {
    log(
      job.printed
        ? `printed ticket ${job.id}: ${job.previewPath}`
        : `printer ${emulator.getState()}: job ${job.id} not printed`,
    );
  });
  return { emulator, url: emulator.url, previewDir, stop: () => emulator.stop() };
}
