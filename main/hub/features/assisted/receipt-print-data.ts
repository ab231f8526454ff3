/** What a service request's receipt says (centre, agency, service, number, links), and what printing it answered. */
import type { ServiceRequest } from '../../../../shared/contract/assisted.js';
import type { ReceiptPrintData } from '../../../../devices/printer/receipt-data.js';
import type { Hub } from '../../core/hub.js';

export type ReceiptPrintAnswer = { printed: true } | { printed: false; printReason: string };

export function receiptPrintData(
  hub: Hub,
  request: ServiceRequest,
  statusUrl: string,
  onlineUrl: string | null,
): ReceiptPrintData {
  const { catalogue } = hub;
  const service = catalogue.services.find((s) => s.id === request.serviceId);
  const agency = catalogue.agencies.find((a) => a.id === request.agencyId);
  return {
    centre: catalogue.centre.name,
    agency: agency?.name ?? catalogue.centre.name,
    service: service?.name ?? { ar: request.serviceId, en: request.serviceId },
    requestNumber: request.number,
    submittedAt: request.submittedAt,
    timeZone: catalogue.centre.timeZone,
    statusUrl,
    onlineUrl,
  };
}
