/**
 * Single-key shortcuts for the desk's actions, by physical key (`KeyN`…) so they work on an Arabic
 * layout too; ignored while typing in a field, with a modifier held, while an operation is sent, or
 * while a form's dialog is open (the desk behind it is inert, so its shortcuts are too).
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { DeskAction } from './types.js';

export function useShortcuts(actions: DeskAction[], pendingRef: RefObject<boolean>): void {
  // The handler is installed once and reads the latest actions.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || pendingRef.current) return;
      if (document.querySelector('dialog:modal')) return;
      const el = e.target as HTMLElement | null;
      if (el && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return;
      const action = latest.current.find((a) => `Key${a.key}` === e.code);
      if (action) {
        e.preventDefault();
        if (action.enabled) action.run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pendingRef]);
}
