/**
 * A keyboard-wedge scanner on a screen with no field to type into: the scanner "types" what it read
 * and presses Enter, wherever the focus is (the title, a button, the page). The characters typed
 * since the last Enter are handed over as one scan; a key held with Ctrl, Alt or Meta is nobody's scan.
 */
import { useEffect, useRef } from 'react';

export function useWedgeScan(onScan: (scan: string) => void, enabled = true): void {
  const latest = useRef(onScan);
  latest.current = onScan;
  useEffect(() => {
    if (!enabled) return;
    let typed = '';
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key === 'Enter') {
        const scan = typed;
        typed = '';
        // Enter on a focused button is that button's tap, not the end of a scan.
        if (scan.trim()) {
          e.preventDefault();
          latest.current(scan);
        }
      } else if (e.key.length === 1) typed = (typed + e.key).slice(-300);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
