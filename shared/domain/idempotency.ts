/**
 * What makes a repeated issueTicket "the same request": a retried tap gets its ticket back, but a
 * key reused for another service, another citizen or another priority must not hand over (or
 * silently stand in for) a ticket that was issued for something else.
 */
import type { CustomerRef, Visit } from '../contract/visit.js';
import type { IssueCommand } from './issue-command.js';

function sameCustomer(a: CustomerRef | null, b: CustomerRef | null): boolean {
  if (a === null || b === null) return a === b;
  // The keyed hashes identify the citizen; the masked form follows from them.
  return a.idHash === b.idHash && a.mobileHash === b.mobileHash;
}

/**
 * Compared against the visit as issued: the fields below never change after issue (a transfer
 * appends services after the first), so a late retry of the same tap still matches.
 */
export function isSameIssueRequest(visit: Visit, cmd: IssueCommand): boolean {
  return (
    visit.serviceIds[0] === cmd.serviceId &&
    visit.priority === cmd.priority &&
    visit.channel === cmd.channel &&
    visit.language === cmd.language &&
    visit.appointmentAt === cmd.appointmentAt &&
    sameCustomer(visit.customer, cmd.customer) &&
    (visit.representative?.relation ?? null) === (cmd.representative?.relation ?? null) &&
    (visit.representative?.name ?? null) === (cmd.representative?.name ?? null)
  );
}
