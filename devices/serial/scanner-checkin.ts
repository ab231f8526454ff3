// Sends each code a scanner reads to the kiosk's appointment check-in, one at a time, so
// a visitor scanning twice does not check in twice concurrently.
import type { AppointmentCodeSink } from '../ports.js';
import type { ScannerDriver } from './scanner.js';

export function forwardScans(
  scanner: ScannerDriver,
  sink: AppointmentCodeSink,
  scannerId: string,
  onError: (err: Error) => void = () => undefined,
): () => void {
  let chain: Promise<void> = Promise.resolve();
  const onScan = (code: string): void => {
    chain = chain.then(() => sink.appointmentScanned(code, scannerId)).catch((err: Error) => onError(err));
  };
  scanner.on('scan', onScan);
  return () => scanner.off('scan', onScan);
}
