/**
 * The engine's request to issue a ticket: the wire input with the citizen's identity already
 * hashed by the hub. In its own module because both the decision (commands.ts) and the retry check
 * (idempotency.ts) need it, and commands.ts uses the retry check.
 */
import type { IssueTicketInput } from '../contract/operations.js';
import type { CustomerRef } from '../contract/visit.js';

export type IssueCommand = Omit<IssueTicketInput, 'identity'> & { customer: CustomerRef | null };
