/**
 * "The catalogue was replaced": the manager's configuration announces it, and features that keep
 * something derived from the catalogue (kiosk printers, devices' settings) follow. Part of every
 * hub's module context, so a feature listens without importing the manager.
 */
import type { Catalogue } from '../../../../shared/contract/catalogue.js';

export type CatalogueListener = (catalogue: Catalogue) => void;

export class CatalogueChanges {
  private readonly listeners = new Set<CatalogueListener>();

  /** Called after each applied catalogue; returns the unsubscribe function. */
  onApplied(listener: CatalogueListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener; one that throws does not keep the others from hearing it. */
  applied(catalogue: Catalogue): void {
    for (const listener of this.listeners) {
      try {
        listener(catalogue);
      } catch (e) {
        console.error('a catalogue listener failed', e);
      }
    }
  }
}
