/**
 * Help requests from kiosks to the floor assistants, and the live form each one shares. Kept in
 * memory: a request matters only while someone stands at the kiosk (a hub restart ends them, and
 * the kiosk raises a new one). The form holds what the citizen types, so it is dropped when the
 * request closes, and requests are forgotten after `keepMs` (the assisted module purges on a timer).
 * Clock and ids are injected, so the rules are tested without a hub.
 */
import type { FieldValue, FormState, HelpReason, HelpRequest } from '../../../../shared/contract/assisted.js';
import { DomainError } from '../../../../shared/domain/errors.js';

/** Requests older than this are forgotten, unless the deps say otherwise. */
const KEEP_MS = 2 * 3600_000;
/** Most fields one form session holds, so a client cannot grow it without bound. */
export const MAX_FIELDS = 200;

export interface HelpDeskDeps {
  now: () => number;
  newId: () => string;
  /** How long a request (and its form) is kept after it was raised; default two hours. */
  keepMs?: number;
}

export class HelpDesk {
  private readonly requests = new Map<string, HelpRequest>();
  private readonly forms = new Map<string, FormState>();

  constructor(private readonly deps: HelpDeskDeps) {}

  raise(input: {
    kioskId: string;
    location: string;
    serviceId: string | null;
    reason: HelpReason;
    language: 'ar' | 'en';
  }): HelpRequest {
    this.forget();
    // One open request per kiosk: a second tap returns the one already raised.
    for (const r of this.requests.values())
      if (r.kioskId === input.kioskId && r.status !== 'closed') return r;
    const request: HelpRequest = {
      id: this.deps.newId(),
      ...input,
      status: 'open',
      raisedAt: this.deps.now(),
      acceptedBy: null,
      acceptedByName: null,
      acceptedAt: null,
    };
    this.requests.set(request.id, request);
    this.forms.set(request.id, { requestId: request.id, fields: {} });
    return request;
  }

  get(id: string): HelpRequest | undefined {
    return this.requests.get(id);
  }

  open(): HelpRequest[] {
    this.forget();
    return [...this.requests.values()].filter((r) => r.status !== 'closed');
  }

  /** First accept wins; a later one is refused, naming who has it. */
  accept(id: string, staffId: string, staffName: string): HelpRequest {
    const r = this.need(id);
    if (r.status === 'accepted' && r.acceptedBy === staffId) return r;
    if (r.status !== 'open')
      throw new DomainError(
        'invalid_transition',
        r.status === 'accepted'
          ? `this help request was already accepted by ${r.acceptedByName ?? r.acceptedBy}`
          : 'this help request is closed',
      );
    const accepted: HelpRequest = {
      ...r,
      status: 'accepted',
      acceptedBy: staffId,
      acceptedByName: staffName,
      acceptedAt: this.deps.now(),
    };
    this.requests.set(id, accepted);
    return accepted;
  }

  /** Closing ends the shared form: what the citizen typed is not kept once nobody edits it. */
  close(id: string): HelpRequest {
    const closed: HelpRequest = { ...this.need(id), status: 'closed' };
    this.requests.set(id, closed);
    this.forms.delete(id);
    return closed;
  }

  /**
   * Who may edit a request's form: its kiosk, and the assistant who accepted it.
   * Throws `forbidden`/`not_found` otherwise.
   */
  checkEditor(
    id: string,
    editor: { kind: 'kiosk'; kioskId: string } | { kind: 'assistant'; staffId: string },
  ) {
    const r = this.need(id);
    if (r.status === 'closed') throw new DomainError('invalid_transition', 'this help request is closed');
    const allowed = editor.kind === 'kiosk' ? r.kioskId === editor.kioskId : r.acceptedBy === editor.staffId;
    if (!allowed)
      throw new DomainError('forbidden', 'only the kiosk and the assistant who accepted may edit');
    return r;
  }

  /** Last writer wins per field; every write bumps that field's version. */
  update(id: string, by: 'kiosk' | 'assistant', fields: Record<string, FieldValue>): FormState {
    const form = this.forms.get(id);
    if (!form) throw new DomainError('not_found', 'no such help request');
    const next = { ...form.fields };
    for (const [path, value] of Object.entries(fields)) {
      const prev = next[path];
      next[path] = { value, version: (prev?.version ?? 0) + 1, by };
    }
    if (Object.keys(next).length > MAX_FIELDS)
      throw new DomainError('payload_too_large', `a form holds at most ${MAX_FIELDS} fields`);
    const state = { requestId: id, fields: next };
    this.forms.set(id, state);
    return state;
  }

  form(id: string): FormState | undefined {
    return this.forms.get(id);
  }

  private need(id: string): HelpRequest {
    const r = this.requests.get(id);
    if (!r) throw new DomainError('not_found', 'no such help request');
    return r;
  }

  /** Forgets requests past their retention; also run on a timer, so idle kiosks do not keep them. */
  forget(): void {
    const cutoff = this.deps.now() - (this.deps.keepMs ?? KEEP_MS);
    for (const [id, r] of this.requests)
      if (r.raisedAt < cutoff) {
        this.requests.delete(id);
        this.forms.delete(id);
      }
  }
}
