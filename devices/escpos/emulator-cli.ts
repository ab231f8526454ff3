// Runs the ESC/POS printer emulator on its own:
//   npx tsx devices/escpos/emulator-cli.ts [--port 9100] [--previews DIR] [--paper 80|58]
// Type ok / paper-out / paper-near-end / cover-open / offline on stdin to change its state.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startDemoPrinter } from './demo-printer.js';
import { describeIssues } from '../../shared/contract/validation-errors.js';

const Args = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(9100),
  previews: z.string().min(1).default('data/printer-previews'),
  paper: z.enum(['80', '58']).default('80'),
});
const States = z.enum(['ok', 'paper-out', 'paper-near-end', 'cover-open', 'offline']);

const { values } = parseArgs({
  options: { port: { type: 'string' }, previews: { type: 'string' }, paper: { type: 'string' } },
});
const parsed = Args.safeParse(values);
if (!parsed.success) {
  console.error(`bad arguments: ${describeIssues(parsed.error, { pathPrefix: '--' })}`);
  process.exit(2);
}
const demo = await startDemoPrinter({
  port: parsed.data.port,
  previewDir: parsed.data.previews,
  paperWidthMm: parsed.data.paper === '58' ? 58 : 80,
});
console.log(`states: ${States.options.join(', ')}`);
createInterface({ input: process.stdin }).on('line', (line) => {
  const s = States.safeParse(line.trim());
  if (!s.success) return console.log(`unknown state "${line.trim()}"; use ${States.options.join(', ')}`);
  demo.emulator.setState(s.data);
  console.log(`printer is now ${s.data}`);
});
process.on('SIGINT', () => void demo.stop().then(() => process.exit(0)));
